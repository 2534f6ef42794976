package io.clientele.messaging;

import io.clientele.base.CustomerRows;
import io.clientele.base.CustomerRows.Ref;
import io.clientele.base.FollowingCustomerData;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The customer's copies of sent messages: they follow a merge; an erasure keeps them without address or subject. */
@Component
class MessageData extends FollowingCustomerData {
    MessageData(CustomerRows rows) {
        super(rows, Ref.of("message_recipient", "customer_id"));
    }

    @Override
    public void export(long tenant, long customerId, Map<String, List<Map<String, Object>>> sections) {
        sections.put(
                "messages",
                rows.section(
                        "SELECT r.subject, r.email, r.status, r.sent_at, r.error "
                                + "FROM message_recipient r WHERE r.tenant_id = ? AND r.customer_id = ? ORDER BY r.id",
                        tenant,
                        customerId));
    }

    @Override
    public void erase(long tenant, long customerId, Map<String, Integer> done) {
        done.put(
                "message_copies",
                rows.jdbc()
                        .update(
                                "UPDATE message_recipient SET email = NULL, subject = '—', "
                                        + "error = NULL WHERE tenant_id = ? AND customer_id = ?",
                                tenant,
                                customerId));
    }
}
