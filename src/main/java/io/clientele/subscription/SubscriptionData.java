package io.clientele.subscription;

import io.clientele.base.CustomerRows;
import io.clientele.base.CustomerRows.Ref;
import io.clientele.base.FollowingCustomerData;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Subscriptions, their billing history and the calls they billed: all follow a merge; an erasure removes the calls
 * (whom the person called) and keeps subscriptions and billing history, like payments, as the tenant's accounts.
 */
@Component
class SubscriptionData extends FollowingCustomerData {
    private static final Ref CALLS = Ref.of("call_record", "customer_id");

    SubscriptionData(CustomerRows rows) {
        super(rows, Ref.of("subscription", "customer_id"), Ref.of("billing_event", "customer_id"), CALLS);
    }

    @Override
    public void export(long tenant, long customerId, Map<String, List<Map<String, Object>>> sections) {
        sections.put(
                "subscriptions",
                rows.section(
                        "SELECT p.name AS plan, s.status, s.period_start, s.renews_at, "
                                + "s.cancel_at_period_end, s.extra_minutes, s.created_at FROM subscription s JOIN plan p ON p.id = s.plan_id "
                                + "WHERE s.tenant_id = ? AND s.customer_id = ? ORDER BY s.id",
                        tenant,
                        customerId));
        sections.put(
                "billing_history",
                rows.section(
                        "SELECT occurred_at, kind, minutes, amount_cents, currency, "
                                + "description, actor, on_behalf_of FROM billing_event WHERE tenant_id = ? AND customer_id = ? "
                                + "ORDER BY occurred_at, id",
                        tenant,
                        customerId));
        sections.put(
                "calls",
                rows.section(
                        "SELECT started_at, to_number, duration_seconds FROM call_record "
                                + "WHERE tenant_id = ? AND customer_id = ? ORDER BY started_at",
                        tenant,
                        customerId));
    }

    @Override
    public void erase(long tenant, long customerId, Map<String, Integer> done) {
        done.put(CALLS.table(), rows.delete(CALLS, tenant, customerId));
    }
}
