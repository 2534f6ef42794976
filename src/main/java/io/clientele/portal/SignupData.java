package io.clientele.portal;

import io.clientele.base.CustomerData;
import io.clientele.base.CustomerRows;
import io.clientele.base.CustomerRows.Ref;
import io.clientele.base.OwnerType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Where a customer came from when they signed up: one row per customer, so a merge moves it only to a survivor without one. */
@Component
class SignupData implements CustomerData {
    private static final Ref ATTRIBUTION = Ref.of("signup_attribution", "customer_id");

    private final CustomerRows rows;

    SignupData(CustomerRows rows) {
        this.rows = rows;
    }

    @Override
    public Set<String> references() {
        return Set.of(ATTRIBUTION.name());
    }

    @Override
    public void export(long tenant, long customerId, Map<String, List<Map<String, Object>>> sections) {
        sections.put(
                "signup_attribution",
                rows.section(
                        "SELECT utm_source, utm_medium, utm_campaign, utm_term, "
                                + "utm_content, referrer, landing_page, captured_at FROM signup_attribution WHERE tenant_id = ? "
                                + "AND customer_id = ?",
                        tenant,
                        customerId));
    }

    @Override
    public void erase(long tenant, long customerId, Map<String, Integer> done) {
        done.put(ATTRIBUTION.table(), rows.delete(ATTRIBUTION, tenant, customerId));
    }

    @Override
    public void move(long tenant, long mergedId, long survivorId, Map<String, Object> moved) {
        boolean survivorHasOne = rows.jdbc()
                        .queryForObject(
                                "SELECT count(*) FROM signup_attribution WHERE tenant_id = ? " + "AND customer_id = ?",
                                Integer.class,
                                tenant,
                                survivorId)
                > 0;
        moved.put(
                ATTRIBUTION.table(),
                survivorHasOne ? List.of() : rows.move(ATTRIBUTION, null, tenant, mergedId, survivorId));
    }

    @Override
    public void moveBack(long tenant, long mergedId, long survivorId, Map<String, Object> moved) {
        rows.moveBack(ATTRIBUTION, moved.get(ATTRIBUTION.table()), tenant, mergedId);
    }

    @Override
    public void purge(long tenant, OwnerType kind, long id) {
        // By cascade.
    }
}
