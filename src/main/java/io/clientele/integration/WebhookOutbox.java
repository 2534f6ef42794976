package io.clientele.integration;

import io.clientele.base.BusinessEvent;
import io.clientele.tenant.TenantContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one delivery row per event and subscribed endpoint in the transaction that made the change: the event is
 * delivered if and only if the change committed, also across a crash. A tenant endpoint hears about every customer;
 * a business customer's endpoint only about that customer.
 */
@Component
class WebhookOutbox {
    static final String TEST_EVENT = "webhook.test";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    private final Clock clock;

    WebhookOutbox(JdbcTemplate jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    private record Subscriber(long id, Long customerId, Set<String> events) {}

    @EventListener
    void on(BusinessEvent event) {
        long tenant = TenantContext.require();
        List<Subscriber> subscribers = jdbc
                .query(
                        "SELECT id, customer_id, events FROM webhook_endpoint "
                                + "WHERE tenant_id = ? AND enabled = TRUE",
                        (rs, n) -> new Subscriber(
                                rs.getLong(1),
                                (Long) rs.getObject(2),
                                Set.of(rs.getString(3).split(" "))),
                        tenant)
                .stream()
                .filter(s -> s.events().contains(event.type()))
                .toList();
        if (subscribers.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        Instant now = Instant.now(clock);
        event.data().get().forEach((customerId, data) -> {
            for (Subscriber s : subscribers) {
                if (s.customerId() == null || s.customerId().equals(customerId)) {
                    rows.add(row(tenant, s.id(), event.type(), data, now));
                }
            }
        });
        insert(rows);
    }

    /** A test event for one endpoint, whatever it subscribes to. */
    void test(long tenant, long endpointId) {
        insert(List.<Object[]>of(row(
                tenant,
                endpointId,
                TEST_EVENT,
                Map.of("endpoint", endpointId, "message", "Test event from Clientele"),
                Instant.now(clock))));
    }

    private static Object[] row(long tenant, long endpointId, String type, Map<String, Object> data, Instant now) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", type);
        payload.put("timestamp", now.toString());
        payload.put("data", data);
        Timestamp at = Timestamp.from(now);
        return new Object[] {
            tenant,
            endpointId,
            "msg_" + UUID.randomUUID().toString().replace("-", ""),
            type,
            JSON.writeValueAsString(payload),
            at,
            at
        };
    }

    private void insert(List<Object[]> rows) {
        jdbc.batchUpdate(
                "INSERT INTO webhook_delivery (tenant_id, endpoint_id, message_id, event_type, payload, status, "
                        + "attempts, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)",
                rows);
    }
}
