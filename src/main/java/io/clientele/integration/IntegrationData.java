package io.clientele.integration;

import io.clientele.base.CustomerRows;
import io.clientele.base.CustomerRows.Ref;
import io.clientele.base.FollowingCustomerData;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A customer's API keys and webhook endpoints: they follow a merge; an erasure removes them with their delivery log
 * (whom they called). Credentials and settings, not data about the person, so not in the export.
 */
@Component
class IntegrationData extends FollowingCustomerData {
    private static final Ref KEYS = Ref.of("api_key", "customer_id");
    private static final Ref ENDPOINTS = Ref.of("webhook_endpoint", "customer_id");

    IntegrationData(CustomerRows rows) {
        super(rows, KEYS, ENDPOINTS);
    }

    @Override
    public void export(long tenant, long customerId, Map<String, List<Map<String, Object>>> sections) {
        // See above: nothing about the person.
    }

    @Override
    public void erase(long tenant, long customerId, Map<String, Integer> done) {
        done.put(KEYS.table(), rows.delete(KEYS, tenant, customerId));
        done.put(ENDPOINTS.table(), rows.delete(ENDPOINTS, tenant, customerId));
    }
}
