package io.clientele.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.DatabaseTest;
import io.clientele.TestData;
import io.clientele.base.BusinessEvent;
import io.clientele.base.FieldValidationException;
import io.clientele.customer.CustomerStatus;
import io.clientele.integration.WebhookService;
import io.clientele.security.Role;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Billing actions are billing events, audited and announced; periods roll forward; usage goes through the rule. */
class SubscriptionServiceTest extends DatabaseTest {
    @Autowired
    SubscriptionService subscriptions;

    @Autowired
    WebhookService hooks;

    @Autowired
    JdbcTemplate jdbc;

    private long tenant;
    private long customer;
    private long starter;
    private long business;

    @BeforeEach
    void plans() {
        tenant = data.tenant();
        customer =
                data.customer(tenant, "Ola", "Minutes", TestData.uniqueEmail("minutes"), null, CustomerStatus.ACTIVE);
        starter = io.clientele.portal.PortalTestData.plan(jdbc, tenant, "Starter", 100, 9900);
        business = io.clientele.portal.PortalTestData.plan(jdbc, tenant, "Business", 500, 39900);
    }

    @Test
    void eachBillingActionIsAHistoryLineAnAuditEventAndAWebhook() {
        data.loginAs(data.staff(tenant, Role.ADMIN));
        hooks.create(
                null,
                new WebhookService.EndpointDraft(
                        "http://127.0.0.1:9/hook", Set.of(BusinessEvent.SUBSCRIPTION_CHANGED), true, 0));
        subscriptions.changePlan(customer, starter);
        subscriptions.changePlan(customer, business);
        subscriptions.addMinutes(customer, 50, "Goodwill");
        subscriptions.cancelAtPeriodEnd(customer, true);
        assertThatThrownBy(() -> subscriptions.changePlan(customer, business))
                .isInstanceOfSatisfying(
                        FieldValidationException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("billing.plan-same"));
        assertThatThrownBy(() -> subscriptions.addMinutes(customer, 0, null))
                .isInstanceOf(FieldValidationException.class);

        List<BillingEvent> history = subscriptions.history(customer, PageRequest.of(0, 10));
        assertThat(history)
                .extracting(BillingEvent::getKind)
                .containsExactly(
                        BillingEvent.Kind.CANCEL_SCHEDULED,
                        BillingEvent.Kind.MINUTES_ADDED,
                        BillingEvent.Kind.PLAN_CHANGED,
                        BillingEvent.Kind.SUBSCRIBED);
        assertThat(history.get(2).description(java.util.Locale.UK)).isEqualTo("Plan changed from Starter to Business");
        assertThat(history.get(1).description(java.util.Locale.UK)).isEqualTo("Added 50 minutes: Goodwill");
        assertThat(history.get(1).description(java.util.Locale.forLanguageTag("nb")))
                .isEqualTo("La til 50 minutter: Goodwill");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE entity_id = ? AND action LIKE 'BILLING_%'",
                        Long.class, customer))
                .isEqualTo(4);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM webhook_delivery WHERE tenant_id = ? AND event_type = ?",
                        Long.class,
                        tenant,
                        BusinessEvent.SUBSCRIPTION_CHANGED))
                .isEqualTo(4);

        SubscriptionService.Usage u =
                subscriptions.usage(customer, ZoneOffset.UTC).orElseThrow();
        assertThat(u.planName()).isEqualTo("Business");
        assertThat(u.minutesAvailable()).isEqualTo(550);
        assertThat(u.cancelAtPeriodEnd()).isTrue();
    }

    @Test
    void periodsRollForwardUntilACancelledSubscriptionEnds() {
        data.loginAs(data.staff(tenant, Role.ADMIN));
        subscriptions.changePlan(customer, starter);
        subscriptions.addMinutes(customer, 20, null);
        Instant longAgo = Instant.now().minusSeconds(86400L * 45);
        jdbc.update(
                "UPDATE subscription SET period_start = ?, renews_at = ? WHERE customer_id = ?",
                Timestamp.from(longAgo),
                Timestamp.from(longAgo.atZone(ZoneOffset.UTC).plusMonths(1).toInstant()),
                customer);
        jdbc.update(
                "INSERT INTO call_record (tenant_id, customer_id, started_at, to_number, duration_seconds) VALUES "
                        + "(?, ?, ?, '+4791234567', 61), (?, ?, ?, '+4791234567', 59)",
                tenant,
                customer,
                Timestamp.from(longAgo.plusSeconds(60)),
                tenant,
                customer,
                Timestamp.from(Instant.now().minusSeconds(60)));
        SubscriptionService.Usage now =
                subscriptions.usage(customer, ZoneOffset.UTC).orElseThrow();
        assertThat(now.periodStart()).isAfter(longAgo);
        assertThat(now.renewsAt()).isAfter(Instant.now());
        assertThat(now.minutesUsed())
                .as("only this period's 59 s call, billed as a minute")
                .isEqualTo(1.0);
        assertThat(now.minutesAvailable())
                .as("extra minutes were for the old period")
                .isEqualTo(100);

        subscriptions.cancelAtPeriodEnd(customer, true);
        jdbc.update(
                "UPDATE subscription SET renews_at = ? WHERE customer_id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)),
                customer);
        assertThat(subscriptions.usage(customer, ZoneOffset.UTC)).isEmpty();
    }
}
