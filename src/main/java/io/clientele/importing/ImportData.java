package io.clientele.importing;

import io.clientele.base.CustomerData;
import io.clientele.base.CustomerRows;
import io.clientele.base.OwnerType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What each import created or changed, with an updated customer's values before it (for Undo import). Not exported:
 * the customer's own fields are. An erasure removes the customer's rows, since their before-values hold the person's
 * old name and address, so an undo leaves an erased customer alone. A merged customer's rows stay with it: an undo of
 * the import then finds it merged and deleted, and keeps the survivor as it is. An organization's or contact's rows go
 * with it (by cascade).
 */
@Component
class ImportData implements CustomerData {
    private final CustomerRows rows;

    ImportData(CustomerRows rows) {
        this.rows = rows;
    }

    @Override
    public Set<String> references() {
        return Set.of(
                "customer_import_change.customer_id",
                "organization_import_change.organization_id",
                "contact_import_change.contact_id");
    }

    @Override
    public void export(long tenant, long customerId, Map<String, List<Map<String, Object>>> sections) {
        // See above.
    }

    @Override
    public void erase(long tenant, long customerId, Map<String, Integer> done) {
        done.put(
                "customer_import_change",
                rows.jdbc()
                        .update(
                                "DELETE FROM customer_import_change WHERE customer_id = ? AND import_id IN "
                                        + "(SELECT id FROM customer_import WHERE tenant_id = ?)",
                                customerId,
                                tenant));
    }

    @Override
    public void move(long tenant, long mergedId, long survivorId, Map<String, Object> moved) {
        // See above.
    }

    @Override
    public void moveBack(long tenant, long mergedId, long survivorId, Map<String, Object> moved) {
        // Nothing moved.
    }

    @Override
    public void purge(long tenant, OwnerType kind, long id) {
        // ON DELETE CASCADE
    }
}
