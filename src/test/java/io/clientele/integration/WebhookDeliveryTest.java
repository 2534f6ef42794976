package io.clientele.integration;

import static io.clientele.integration.IntegrationTestData.business;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.clientele.DatabaseTest;
import io.clientele.base.BusinessEvent;
import io.clientele.customer.CustomerDraft;
import io.clientele.customer.CustomerStatus;
import io.clientele.security.Role;
import io.clientele.security.SystemAuthentication;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks end to end: the outbox row is written with the change (and not without it), the worker delivers to a real
 * receiver on loopback with a signature the receiver checks independently, retries after a 500, switches a failing
 * endpoint off with a notice, and a business customer's endpoint hears only about that customer.
 */
class WebhookDeliveryTest extends DatabaseTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(15);

    @Autowired
    WebhookService hooks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    WebhookWorker worker;

    WebhookReceiver receiver;
    long tenant;
    /** The worker on the poll interval the tests configure, as the scheduler runs it, for these tests only. */
    ScheduledExecutorService schedule;

    @BeforeEach
    void start() throws Exception {
        receiver = new WebhookReceiver();
        tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.ADMIN));
        schedule = Executors.newSingleThreadScheduledExecutor();
        schedule.scheduleWithFixedDelay(worker::deliverNow, 0, 200, TimeUnit.MILLISECONDS);
    }

    @AfterEach
    void stop() throws InterruptedException {
        schedule.shutdown();
        assertThat(schedule.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        receiver.close();
    }

    /** Two nodes' workers poll the same outbox: each event reaches the receiver once (rows claimed with SKIP LOCKED). */
    @Test
    void twoWorkersDeliverEachEventOnce() throws Exception {
        ScheduledExecutorService otherNode = Executors.newSingleThreadScheduledExecutor();
        otherNode.scheduleWithFixedDelay(worker::deliverNow, 0, 200, TimeUnit.MILLISECONDS);
        try {
            hooks.create(
                    null,
                    new WebhookService.EndpointDraft(
                            receiver.url("/hooks"), Set.of(BusinessEvent.CUSTOMER_CREATED), true, 0));
            for (int i = 0; i < 20; i++) {
                data.customer(tenant, "Node" + i, "Twice", null, null, CustomerStatus.ACTIVE);
            }
            java.util.List<String> ids = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                ids.add(receiver.next(WAIT).id());
            }
            ids.addAll(receiver.drain(Duration.ofSeconds(2)).stream()
                    .map(WebhookReceiver.Delivery::id)
                    .toList());
            assertThat(ids).hasSize(20).doesNotHaveDuplicates();
        } finally {
            otherNode.shutdown();
            assertThat(otherNode.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aChangeIsDeliveredSignedAndLoggedAndARolledBackChangeIsNot() throws Exception {
        WebhookEndpoint endpoint = hooks.create(
                null,
                new WebhookService.EndpointDraft(
                        receiver.url("/hooks"), Set.of(BusinessEvent.CUSTOMER_CREATED), true, 0));
        long id = data.customer(tenant, "Kari", "Hook", "kari.hook@example.no", null, CustomerStatus.ACTIVE);

        WebhookReceiver.Delivery d = receiver.next(WAIT);
        assertThat(WebhookReceiver.signedWith(endpoint.getSecret(), d)).isTrue();
        assertThat(WebhookReceiver.signedWith(
                        "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[24]), d))
                .isFalse();
        JsonNode payload = JSON.readTree(d.body());
        assertThat(payload.get("type").asString()).isEqualTo("customer.created");
        assertThat(payload.get("data").get("id").asLong()).isEqualTo(id);
        assertThat(payload.get("data").get("email").asString()).isEqualTo("kari.hook@example.no");
        await().pollInSameThread()
                .atMost(WAIT)
                .until(() -> hooks.deliveries(endpoint.getId(), PageRequest.of(0, 10))
                                .getFirst()
                                .getStatus()
                        == WebhookDelivery.Status.DELIVERED);
        WebhookDelivery logged =
                hooks.deliveries(endpoint.getId(), PageRequest.of(0, 10)).getFirst();
        assertThat(logged.getStatusCode()).isEqualTo(200);
        assertThat(logged.getMessageId()).isEqualTo(d.id());
        assertThat(logged.getLatencyMs()).isNotNull();
        assertThat(logged.getResponseExcerpt()).isEqualTo("ok");

        // A change that rolls back leaves no event behind.
        SystemAuthentication.run(
                tenant,
                () -> tx.executeWithoutResult(s -> {
                    CustomerDraft draft = new CustomerDraft();
                    draft.setFirstName("Never");
                    customers.create(draft);
                    s.setRollbackOnly();
                }));
        assertThat(receiver.drain(Duration.ofSeconds(1))).isEmpty();
        assertThat(hooks.countDeliveries(endpoint.getId())).isEqualTo(1);

        // Send test event and Resend go to this endpoint whatever it subscribes to; a resend keeps the message id.
        hooks.sendTest(endpoint.getId());
        assertThat(JSON.readTree(receiver.next(WAIT).body()).get("type").asString())
                .isEqualTo("webhook.test");
        hooks.resend(logged.getId());
        assertThat(receiver.next(WAIT).id()).isEqualTo(d.id());
    }

    @Test
    void aFailedDeliveryIsRetriedWithTheSameIdAndAnEndpointThatKeepsFailingIsSwitchedOffWithANotice() throws Exception {
        WebhookEndpoint endpoint = hooks.create(
                null,
                new WebhookService.EndpointDraft(
                        receiver.url("/flaky"), Set.of(BusinessEvent.CUSTOMER_CREATED), true, 0));
        receiver.answer(500);
        data.customer(tenant, "Retry", "Me", null, null, CustomerStatus.ACTIVE);
        WebhookReceiver.Delivery first = receiver.next(WAIT);
        WebhookReceiver.Delivery second = receiver.next(WAIT);
        assertThat(second.id()).isEqualTo(first.id());
        await().pollInSameThread()
                .atMost(WAIT)
                .until(() -> hooks.deliveries(endpoint.getId(), PageRequest.of(0, 1))
                                .getFirst()
                                .getStatus()
                        == WebhookDelivery.Status.DELIVERED);
        assertThat(hooks.deliveries(endpoint.getId(), PageRequest.of(0, 1))
                        .getFirst()
                        .getAttempts())
                .isEqualTo(2);

        // Three failed attempts in a row (the test setting) switch the endpoint off; its admins hear of it.
        receiver.answerAlways(503);
        data.customer(tenant, "Broken", "Receiver", null, null, CustomerStatus.ACTIVE);
        await().pollInSameThread()
                .atMost(WAIT)
                .until(() -> !hooks.find(endpoint.getId()).orElseThrow().isEnabled());
        WebhookEndpoint off = hooks.find(endpoint.getId()).orElseThrow();
        assertThat(off.getDisabledReason()).contains("3 failed attempts").contains("HTTP 503");
        WebhookDelivery failed =
                hooks.deliveries(endpoint.getId(), PageRequest.of(0, 1)).getFirst();
        assertThat(failed.getStatus()).isEqualTo(WebhookDelivery.Status.FAILED);
        assertThat(failed.getAttempts()).isEqualTo(3);
        assertThat(failed.getResponseExcerpt()).isEqualTo("receiver broke");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_event WHERE tenant_id = ? AND action = " + "'WEBHOOK_DISABLED'",
                        Long.class,
                        tenant))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM notification WHERE tenant_id = ? AND message LIKE ?",
                        Long.class,
                        tenant,
                        "%" + receiver.url("/flaky") + "%"))
                .isPositive();
        // Switched off, it gets nothing more, and nothing is queued for it.
        receiver.drain(Duration.ofMillis(500));
        data.customer(tenant, "While", "Off", null, null, CustomerStatus.ACTIVE);
        assertThat(receiver.drain(Duration.ofSeconds(1))).isEmpty();
    }

    @Test
    void aBusinessCustomersEndpointHearsOnlyAboutThatCustomer() throws Exception {
        long fjord = business(customers, tenant, "Fjord AS", "post@fjord.example");
        long bre = business(customers, tenant, "Bre AS", "post@bre.example");
        hooks.create(
                fjord,
                new WebhookService.EndpointDraft(
                        receiver.url("/fjord"),
                        Set.of(BusinessEvent.CUSTOMER_UPDATED, BusinessEvent.CUSTOMER_BLOCKED),
                        true,
                        0));
        for (long id : List.of(bre, fjord)) {
            CustomerDraft d = customers.draftOf(id);
            d.setStatus(CustomerStatus.BLOCKED);
            customers.update(id, d);
        }
        List<WebhookReceiver.Delivery> got = List.of(receiver.next(WAIT), receiver.next(WAIT));
        assertThat(got).extracting(WebhookReceiver.Delivery::path).containsOnly("/fjord");
        assertThat(got)
                .extracting(d -> JSON.readTree(d.body()).get("data").get("id").asLong())
                .containsOnly(fjord);
        assertThat(got)
                .extracting(d -> JSON.readTree(d.body()).get("type").asString())
                .containsExactlyInAnyOrder("customer.updated", "customer.blocked");
        assertThat(receiver.drain(Duration.ofSeconds(1))).isEmpty();
    }
}
