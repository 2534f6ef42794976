package io.clientele.duplicate;

import io.clientele.base.CustomerData;
import io.clientele.base.CustomerRows;
import io.clientele.base.OwnerType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The duplicate scan's pairs and the merges (with the values they replaced, to undo them). Neither is exported. An
 * erasure removes both: a merge's before-values hold the person's old names and addresses, and an erased person's
 * merge cannot be undone. A merged customer's pairs go (the next scan finds the survivor's again).
 */
@Component
class DuplicateData implements CustomerData {
    private final CustomerRows rows;

    DuplicateData(CustomerRows rows) {
        this.rows = rows;
    }

    @Override
    public Set<String> references() {
        return Set.of(
                "duplicate_pair.first_id",
                "duplicate_pair.second_id",
                "customer_merge.survivor_id",
                "customer_merge.merged_id");
    }

    @Override
    public void export(long tenant, long customerId, Map<String, List<Map<String, Object>>> sections) {
        // See above.
    }

    @Override
    public void erase(long tenant, long customerId, Map<String, Integer> done) {
        done.put("duplicate_pair", forget("duplicate_pair", "first_id", "second_id", tenant, customerId));
        done.put("customer_merge", forget("customer_merge", "survivor_id", "merged_id", tenant, customerId));
    }

    @Override
    public void move(long tenant, long mergedId, long survivorId, Map<String, Object> moved) {
        forget("duplicate_pair", "first_id", "second_id", tenant, mergedId);
    }

    @Override
    public void moveBack(long tenant, long mergedId, long survivorId, Map<String, Object> moved) {
        // Pairs come back with the next scan; the merge record is the undo's own.
    }

    @Override
    public void purge(long tenant, OwnerType kind, long id) {
        // ON DELETE CASCADE
    }

    private int forget(String table, String one, String other, long tenant, long customerId) {
        return rows.jdbc()
                .update(
                        "DELETE FROM " + table + " WHERE tenant_id = ? AND (" + one + " = ? OR " + other + " = ?)",
                        tenant,
                        customerId,
                        customerId);
    }
}
