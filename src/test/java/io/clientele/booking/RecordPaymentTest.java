package io.clientele.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.DatabaseTest;
import io.clientele.TestData;
import io.clientele.base.BusinessEvent;
import io.clientele.base.FieldValidationException;
import io.clientele.customer.CustomerStatus;
import io.clientele.integration.WebhookService;
import io.clientele.security.Role;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Record payment: bad amounts change nothing; a good one shows in the totals, the trail and as payment.received. */
class RecordPaymentTest extends DatabaseTest {
    @Autowired
    BookingService bookings;

    @Autowired
    WebhookService hooks;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRecordedPaymentCountsIsAuditedAndAnnounced() {
        long tenant = data.tenant();
        long customer =
                data.customer(tenant, "Per", "Payer", TestData.uniqueEmail("payer"), null, CustomerStatus.ACTIVE);
        data.loginAs(data.staff(tenant, Role.ADMIN));
        hooks.create(
                null,
                new WebhookService.EndpointDraft(
                        "http://127.0.0.1:9/hook", Set.of(BusinessEvent.PAYMENT_RECEIVED), true, 0));
        data.loginAs(data.staff(tenant, Role.BACKOFFICE));
        for (BigDecimal bad : new BigDecimal[] {null, BigDecimal.ZERO, new BigDecimal("-5"), new BigDecimal("1.234")}) {
            assertThatThrownBy(() -> bookings.recordPayment(customer, bad, "NOK", Payment.Method.CARD))
                    .isInstanceOfSatisfying(
                            FieldValidationException.class,
                            e -> assertThat(e.field()).isEqualTo("amount"));
        }
        assertThatThrownBy(() -> bookings.recordPayment(customer, BigDecimal.TEN, "kr", Payment.Method.CARD))
                .isInstanceOf(FieldValidationException.class);
        assertThat(bookings.countPayments(customer)).isZero();

        bookings.recordPayment(customer, new BigDecimal("450.50"), "NOK", Payment.Method.VIPPS);
        assertThat(bookings.paidTotals(customer)).isEqualTo(Map.of("NOK", new BigDecimal("450.50")));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE entity_id = ? AND action = 'PAYMENT_RECORDED'",
                        Long.class,
                        customer))
                .isEqualTo(1);
        String payload = jdbc.queryForObject(
                "SELECT payload FROM webhook_delivery WHERE tenant_id = ? AND event_type = ?",
                String.class,
                tenant,
                BusinessEvent.PAYMENT_RECEIVED);
        assertThat(payload).contains("\"amount\":450.50").contains("VIPPS");
    }
}
