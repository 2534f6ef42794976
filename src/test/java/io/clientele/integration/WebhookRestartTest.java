package io.clientele.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.Application;
import io.clientele.TestData;
import io.clientele.base.BusinessEvent;
import io.clientele.customer.CustomerService;
import io.clientele.customer.CustomerStatus;
import io.clientele.security.LoginAttempts;
import io.clientele.security.Role;
import io.clientele.security.UserAccountService;
import io.clientele.tenant.TenantService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox survives a restart: an event committed while no worker runs (the application stops before delivering)
 * is delivered, signed, by the next start of the application on the same database.
 */
class WebhookRestartTest {
    @TempDir
    Path dir;

    @Test
    void anEventCommittedBeforeAStopIsDeliveredAfterTheNextStart() throws Exception {
        // Each start installs its own (Vaadin-aware) holder strategy JVM-wide; the other tests' context needs its own
        // back.
        SecurityContextHolderStrategy shared = SecurityContextHolder.getContextHolderStrategy();
        try {
            restart();
        } finally {
            SecurityContextHolder.setContextHolderStrategy(shared);
        }
    }

    private void restart() throws Exception {
        String db = "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("clientele") + ";DB_CLOSE_ON_EXIT=FALSE";
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String secret;
            long customer;
            try (ConfigurableApplicationContext first = start(db, "--clientele.webhooks.worker=false")) {
                TestData data = new TestData(
                        first.getBean(TenantService.class),
                        first.getBean(UserAccountService.class),
                        first.getBean(LoginAttempts.class),
                        first.getBean(CustomerService.class));
                long tenant = data.tenant();
                data.loginAs(data.staff(tenant, Role.ADMIN));
                secret = first.getBean(WebhookService.class)
                        .create(
                                null,
                                new WebhookService.EndpointDraft(
                                        receiver.url("/after-restart"),
                                        Set.of(BusinessEvent.CUSTOMER_CREATED),
                                        true,
                                        0))
                        .getSecret();
                customer = data.customer(tenant, "Outbox", "Survivor", null, null, CustomerStatus.ACTIVE);
                TestData.logout();
                assertThat(receiver.drain(Duration.ofSeconds(1))).isEmpty();
            }
            try (ConfigurableApplicationContext second =
                    start(db, "--clientele.webhooks.worker=true", "--clientele.scheduling=true")) {
                WebhookReceiver.Delivery d = receiver.next(Duration.ofSeconds(30));
                assertThat(WebhookReceiver.signedWith(secret, d)).isTrue();
                var payload = JsonMapper.builder().build().readTree(d.body());
                assertThat(payload.get("type").asString()).isEqualTo("customer.created");
                assertThat(payload.get("data").get("id").asLong()).isEqualTo(customer);
            }
        }
    }

    private static ConfigurableApplicationContext start(String... args) {
        String[] all = new String[args.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--server.port=0";
        return new SpringApplicationBuilder(Application.class).run(all);
    }
}
