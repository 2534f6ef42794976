package io.clientele.base;

import io.clientele.base.CustomerRows.Ref;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An owner whose rows simply follow the person: a merge moves every row to the survivor (and its undo moves them
 * back), and a permanent delete removes them by the database's cascade. Its export and erasure are its own.
 */
public abstract class FollowingCustomerData implements CustomerData {
    protected final CustomerRows rows;
    private final List<Ref> tables;

    protected FollowingCustomerData(CustomerRows rows, Ref... tables) {
        this.rows = rows;
        this.tables = List.of(tables);
    }

    @Override
    public Set<String> references() {
        return CustomerRows.names(tables);
    }

    @Override
    public void move(long tenant, long mergedId, long survivorId, Map<String, Object> moved) {
        tables.forEach(ref -> moved.put(ref.table(), rows.move(ref, null, tenant, mergedId, survivorId)));
    }

    @Override
    public void moveBack(long tenant, long mergedId, long survivorId, Map<String, Object> moved) {
        tables.forEach(ref -> rows.moveBack(ref, moved.get(ref.table()), tenant, mergedId));
    }

    @Override
    public void purge(long tenant, OwnerType kind, long id) {
        // ON DELETE CASCADE
    }
}
