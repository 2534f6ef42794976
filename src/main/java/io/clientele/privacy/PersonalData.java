package io.clientele.privacy;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything Clientele holds about one customer, by category, each a list of records with their stored columns
 * (secrets aside). The categories are the tables that name the customer; the audit entries are those about them.
 */
record PersonalData(long customerId, Map<String, List<Map<String, Object>>> sections, byte[] picture) {

    /** Category → the query of its records; "?" are the tenant and the customer, in that order. */
    private static final Map<String, String> QUERIES = queries();

    private static Map<String, String> queries() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("profile", "SELECT * FROM customer WHERE tenant_id = ? AND id = ?");
        q.put("portal_login", "SELECT u.* FROM user_account u JOIN customer c ON c.user_account_id = u.id "
                + "WHERE c.tenant_id = ? AND c.id = ?");
        q.put("addresses", "SELECT kind, line1, line2, post_code, city, country, created_at FROM address "
                + "WHERE tenant_id = ? AND owner_type = 'CUSTOMER' AND owner_id = ? ORDER BY id");
        q.put("consents", "SELECT f.name AS consent, c.granted, c.recorded_at, c.source FROM customer_consent c "
                + "JOIN consent_field f ON f.id = c.field_id WHERE c.tenant_id = ? AND c.customer_id = ? ORDER BY f.name");
        q.put("groups", "SELECT g.name AS group_name FROM customer_group_member m JOIN customer_group g ON g.id = m.group_id "
                + "WHERE m.tenant_id = ? AND m.customer_id = ? ORDER BY g.name");
        q.put("teams", "SELECT t.name AS team FROM customer_team ct JOIN team t ON t.id = ct.team_id "
                + "WHERE ct.tenant_id = ? AND ct.customer_id = ? ORDER BY t.name");
        q.put("bookings", "SELECT id, service, starts_at, ends_at, status, created_at FROM booking "
                + "WHERE tenant_id = ? AND customer_id = ? ORDER BY starts_at");
        q.put("payments", "SELECT id, booking_id, amount, currency, paid_at, method, status FROM payment "
                + "WHERE tenant_id = ? AND customer_id = ? ORDER BY paid_at");
        q.put("messages", "SELECT r.subject, r.email, r.status, r.sent_at, r.error FROM message_recipient r "
                + "WHERE r.tenant_id = ? AND r.customer_id = ? ORDER BY r.id");
        q.put("devices", "SELECT platform, active, registered_at FROM device_registration "
                + "WHERE tenant_id = ? AND customer_id = ? ORDER BY id");
        q.put("signup_attribution", "SELECT utm_source, utm_medium, utm_campaign, utm_term, utm_content, referrer, "
                + "landing_page, captured_at FROM signup_attribution WHERE tenant_id = ? AND customer_id = ?");
        q.put("subscriptions", "SELECT p.name AS plan, s.status, s.period_start, s.renews_at, s.cancel_at_period_end, "
                + "s.extra_minutes, s.created_at FROM subscription s JOIN plan p ON p.id = s.plan_id "
                + "WHERE s.tenant_id = ? AND s.customer_id = ? ORDER BY s.id");
        q.put("billing_history", "SELECT occurred_at, kind, minutes, amount_cents, currency, description, actor, "
                + "on_behalf_of FROM billing_event WHERE tenant_id = ? AND customer_id = ? ORDER BY occurred_at, id");
        q.put("calls", "SELECT started_at, to_number, duration_seconds FROM call_record "
                + "WHERE tenant_id = ? AND customer_id = ? ORDER BY started_at");
        q.put("support_access", "SELECT started_at, ended_at, staff_name, reason, ticket, mode FROM support_session "
                + "WHERE tenant_id = ? AND customer_id = ? AND started_at IS NOT NULL ORDER BY started_at");
        q.put("audit_entries", "SELECT occurred_at, actor_email, on_behalf_of, action, summary, before_state, after_state "
                + "FROM audit_event WHERE tenant_id = ? AND entity_type IN ('CUSTOMER', 'ACCOUNT') AND entity_id = ? "
                + "ORDER BY occurred_at, id");
        return q;
    }

    static PersonalData of(JdbcTemplate jdbc, long tenantId, long customerId) {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        QUERIES.forEach((name, sql) -> sections.put(name, jdbc.queryForList(sql, tenantId, customerId).stream()
                .map(PersonalDataService::lowerKeys).toList()));
        byte[] picture = jdbc.query("SELECT data FROM customer_avatar WHERE tenant_id = ? AND customer_id = ?",
                rs -> rs.next() ? rs.getBytes(1) : null, tenantId, customerId);
        return new PersonalData(customerId, sections, picture);
    }

    int rowCount() {
        return sections.values().stream().mapToInt(List::size).sum();
    }
}
