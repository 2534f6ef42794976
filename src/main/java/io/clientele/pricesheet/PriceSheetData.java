package io.clientele.pricesheet;

import io.clientele.base.CustomerData;
import io.clientele.base.CustomerRows;
import io.clientele.base.CustomerRows.Ref;
import io.clientele.base.OwnerType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Which price sheets a customer, company or contact has. Terms, not data about the person: not exported and kept on
 * erasure. A merge moves the sheets the survivor does not have yet; a permanent delete removes the owner's rows (the
 * table is keyed by owner type and id, so no cascade does it).
 */
@Component
class PriceSheetData implements CustomerData {
    private static final Ref CUSTOMER_SHEETS = Ref.owned("price_sheet_assignment", OwnerType.CUSTOMER);

    private final CustomerRows rows;

    PriceSheetData(CustomerRows rows) {
        this.rows = rows;
    }

    @Override
    public Set<String> references() {
        return Set.of(CUSTOMER_SHEETS.name());
    }

    @Override
    public void export(long tenant, long customerId, Map<String, List<Map<String, Object>>> sections) {
        // See above.
    }

    @Override
    public void erase(long tenant, long customerId, Map<String, Integer> done) {
        // See above.
    }

    @Override
    public void move(long tenant, long mergedId, long survivorId, Map<String, Object> moved) {
        moved.put(CUSTOMER_SHEETS.table(), rows.move(CUSTOMER_SHEETS, "price_sheet_id", tenant, mergedId, survivorId));
    }

    @Override
    public void moveBack(long tenant, long mergedId, long survivorId, Map<String, Object> moved) {
        rows.moveBack(CUSTOMER_SHEETS, moved.get(CUSTOMER_SHEETS.table()), tenant, mergedId);
    }

    @Override
    public void purge(long tenant, OwnerType kind, long id) {
        rows.delete(Ref.owned(CUSTOMER_SHEETS.table(), kind), tenant, id);
    }
}
