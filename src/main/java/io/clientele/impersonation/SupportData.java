package io.clientele.impersonation;

import io.clientele.base.CustomerRows;
import io.clientele.base.CustomerRows.Ref;
import io.clientele.base.FollowingCustomerData;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Who opened the customer's app as them: follows a merge; an erasure keeps the sessions (accountability) nameless. */
@Component
class SupportData extends FollowingCustomerData {
    SupportData(CustomerRows rows) {
        super(rows, Ref.of("support_session", "customer_id"));
    }

    @Override
    public void export(long tenant, long customerId, Map<String, List<Map<String, Object>>> sections) {
        sections.put(
                "support_access",
                rows.section(
                        "SELECT started_at, ended_at, staff_name, reason, ticket, mode "
                                + "FROM support_session WHERE tenant_id = ? AND customer_id = ? AND started_at IS NOT NULL "
                                + "ORDER BY started_at",
                        tenant,
                        customerId));
    }

    @Override
    public void erase(long tenant, long customerId, Map<String, Integer> done) {
        done.put(
                "support_sessions",
                rows.jdbc()
                        .update(
                                "UPDATE support_session SET customer_name = '—' "
                                        + "WHERE tenant_id = ? AND customer_id = ?",
                                tenant,
                                customerId));
    }
}
