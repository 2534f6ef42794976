package io.clientele.privacy;

import io.clientele.base.CustomerData;
import io.clientele.base.CustomerRows;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything Clientele holds about one customer, by category, each a list of records with their stored columns
 * (secrets aside): the customer's row, its portal login, every feature's rows about them (its {@link CustomerData}
 * owner) and the audit entries about them.
 */
record PersonalData(long customerId, Map<String, List<Map<String, Object>>> sections, byte[] picture) {

    static PersonalData of(CustomerRows rows, List<CustomerData> owners, long tenantId, long customerId) {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        sections.put(
                "profile", rows.section("SELECT * FROM customer WHERE tenant_id = ? AND id = ?", tenantId, customerId));
        sections.put(
                "portal_login",
                rows.section(
                        "SELECT u.* FROM user_account u JOIN customer c "
                                + "ON c.user_account_id = u.id WHERE c.tenant_id = ? AND c.id = ?",
                        tenantId,
                        customerId));
        owners.forEach(o -> o.export(tenantId, customerId, sections));
        sections.put(
                "audit_entries",
                rows.section(
                        "SELECT occurred_at, actor_email, on_behalf_of, action, summary, "
                                + "before_state, after_state FROM audit_event WHERE tenant_id = ? AND entity_type IN ('CUSTOMER', "
                                + "'ACCOUNT') AND entity_id = ? ORDER BY occurred_at, id",
                        tenantId,
                        customerId));
        byte[] picture = rows.jdbc()
                .query(
                        "SELECT data FROM customer_avatar WHERE tenant_id = ? AND customer_id = ?",
                        rs -> rs.next() ? rs.getBytes(1) : null,
                        tenantId,
                        customerId);
        return new PersonalData(customerId, sections, picture);
    }

    int rowCount() {
        return sections.values().stream().mapToInt(List::size).sum();
    }
}
