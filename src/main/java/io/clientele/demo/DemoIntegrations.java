package io.clientele.demo;

import io.clientele.base.BusinessEvent;
import io.clientele.integration.ApiKeyService;
import io.clientele.integration.ApiScope;
import io.clientele.integration.WebhookEndpoint;
import io.clientele.integration.WebhookService;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Integrations as a tenant has them after a while: keys in use, read-only, expiring and revoked; an endpoint with a
 * delivery log (delivered, failed, retrying), one switched off after failures, and a business customer's own key and
 * endpoint. The hosts are under .example, so new deliveries fail and retry as they would against a dead receiver.
 */
@Component
class DemoIntegrations {
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final ApiKeyService keys;
    private final WebhookService hooks;
    private final JdbcTemplate jdbc;

    DemoIntegrations(ApiKeyService keys, WebhookService hooks, JdbcTemplate jdbc) {
        this.keys = keys;
        this.hooks = hooks;
        this.jdbc = jdbc;
    }

    void insert(long tenantId, String domain) {
        Instant now = Instant.now();
        long crm = keys.create(
                        null, "CRM sync", EnumSet.of(ApiScope.CUSTOMERS_READ, ApiScope.CUSTOMERS_WRITE), null, OSLO)
                .key()
                .getId();
        long reports = keys.create(
                        null,
                        "Monthly reports (read only)",
                        EnumSet.of(ApiScope.CUSTOMERS_READ),
                        LocalDate.now(OSLO).plusDays(90),
                        OSLO)
                .key()
                .getId();
        long zapier = keys.create(null, "Old Zapier flow", EnumSet.of(ApiScope.CUSTOMERS_READ), null, OSLO)
                .key()
                .getId();
        keys.revoke(zapier);
        jdbc.update(
                "UPDATE api_key SET last_used_at = ? WHERE id = ?",
                Timestamp.from(now.minus(Duration.ofMinutes(7))),
                crm);
        jdbc.update(
                "UPDATE api_key SET last_used_at = ? WHERE id = ?",
                Timestamp.from(now.minus(Duration.ofDays(3))),
                reports);

        WebhookEndpoint main = hooks.create(
                null,
                new WebhookService.EndpointDraft(
                        "https://hooks." + domain + ".example/clientele",
                        new LinkedHashSet<>(List.of(
                                BusinessEvent.CUSTOMER_CREATED,
                                BusinessEvent.CUSTOMER_UPDATED,
                                BusinessEvent.CUSTOMER_BLOCKED,
                                BusinessEvent.CUSTOMER_DELETED)),
                        true,
                        0));
        WebhookEndpoint erp = hooks.create(
                null,
                new WebhookService.EndpointDraft(
                        "https://old-erp." + domain + ".example/webhook",
                        Set.of(BusinessEvent.BOOKING_CREATED),
                        true,
                        0));
        jdbc.update(
                "UPDATE webhook_endpoint SET enabled = FALSE, failures_in_row = 20, disabled_reason = ? WHERE id = ?",
                "Switched off after 20 failed attempts in a row (last: HTTP 502)",
                erp.getId());
        Random r = new Random(domain.hashCode());
        List<Object[]> log = new ArrayList<>();
        List<Long> ids = jdbc.queryForList(
                "SELECT id FROM customer WHERE tenant_id = ? AND deleted_at IS NULL "
                        + "ORDER BY id FETCH FIRST 9 ROWS ONLY",
                Long.class,
                tenantId);
        for (int i = 0; i < ids.size(); i++) {
            Instant at = now.minus(Duration.ofHours(5L * (ids.size() - i)));
            String type = i % 3 == 0 ? BusinessEvent.CUSTOMER_CREATED : BusinessEvent.CUSTOMER_UPDATED;
            boolean failed = i == 2;
            boolean retrying = i == ids.size() - 1;
            log.add(new Object[] {
                tenantId,
                main.getId(),
                "msg_demo" + tenantId + "x" + i,
                type,
                "{\"type\":\"" + type + "\",\"timestamp\":\"" + at + "\",\"data\":{\"id\":" + ids.get(i) + "}}",
                failed ? "FAILED" : retrying ? "PENDING" : "DELIVERED",
                failed ? 7 : retrying ? 2 : 1,
                retrying ? Timestamp.from(now.plus(Duration.ofMinutes(25))) : null,
                failed || retrying ? 500 : 200,
                60 + r.nextInt(400),
                failed || retrying ? "Internal Server Error" : "{\"received\":true}",
                Timestamp.from(at),
                Timestamp.from(at.plusSeconds(1))
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO webhook_delivery (tenant_id, endpoint_id, message_id, event_type, payload, status, "
                        + "attempts, next_attempt_at, status_code, latency_ms, response_excerpt, created_at, last_attempt_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                log);

        jdbc.queryForList(
                        "SELECT id FROM customer WHERE tenant_id = ? AND type = 'BUSINESS' AND deleted_at IS NULL "
                                + "AND status <> 'BLOCKED' ORDER BY id FETCH FIRST 1 ROWS ONLY",
                        Long.class,
                        tenantId)
                .forEach(business -> {
                    keys.create(
                            business,
                            "Booking widget",
                            EnumSet.of(ApiScope.PROFILE_READ, ApiScope.BOOKINGS_READ),
                            null,
                            OSLO);
                    hooks.create(
                            business,
                            new WebhookService.EndpointDraft(
                                    "https://api.customer-" + business + ".example/bookings",
                                    Set.of(BusinessEvent.BOOKING_CREATED, BusinessEvent.BOOKING_CANCELLED),
                                    true,
                                    0));
                });
    }
}
