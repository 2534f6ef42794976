package io.clientele.directory;

import io.clientele.base.CustomerData;
import io.clientele.base.CustomerRows;
import io.clientele.base.CustomerRows.Ref;
import io.clientele.base.OwnerType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Addresses of customers, companies and contacts (keyed by owner type and id, so no cascade removes them), a contact's
 * photo and company. An erasure removes the customer's addresses; a merge brings them to the survivor without their
 * default flag, so the survivor's defaults stay its own.
 */
@Component
class DirectoryData implements CustomerData {
    private static final Ref ADDRESSES = Ref.owned("address", OwnerType.CUSTOMER);

    private final CustomerRows rows;

    DirectoryData(CustomerRows rows) {
        this.rows = rows;
    }

    @Override
    public Set<String> references() {
        return Set.of(ADDRESSES.name(), "contact.organization_id", "contact_photo.contact_id");
    }

    @Override
    public void export(long tenant, long customerId, Map<String, List<Map<String, Object>>> sections) {
        sections.put(
                "addresses",
                rows.section(
                        "SELECT kind, line1, line2, post_code, city, country, created_at "
                                + "FROM address WHERE tenant_id = ? AND owner_type = 'CUSTOMER' AND owner_id = ? ORDER BY id",
                        tenant,
                        customerId));
    }

    @Override
    public void erase(long tenant, long customerId, Map<String, Integer> done) {
        done.put("addresses", rows.delete(ADDRESSES, tenant, customerId));
    }

    /** Keeps each moved address with its default flag, which the undo gives back. */
    @Override
    public void move(long tenant, long mergedId, long survivorId, Map<String, Object> moved) {
        List<List<Object>> addresses = rows.jdbc()
                .query(
                        "SELECT id, default_kind FROM address WHERE tenant_id = ? "
                                + "AND owner_type = 'CUSTOMER' AND owner_id = ?",
                        (rs, n) -> Arrays.asList(rs.getLong(1), rs.getString(2)),
                        tenant,
                        mergedId);
        for (List<Object> a : addresses) {
            rows.jdbc()
                    .update(
                            "UPDATE address SET owner_id = ?, default_kind = NULL WHERE tenant_id = ? AND id = ?",
                            survivorId,
                            tenant,
                            a.get(0));
        }
        moved.put(ADDRESSES.table(), addresses);
    }

    @Override
    public void moveBack(long tenant, long mergedId, long survivorId, Map<String, Object> moved) {
        for (Object a : (List<?>) moved.getOrDefault(ADDRESSES.table(), List.of())) {
            List<?> address = (List<?>) a;
            rows.jdbc()
                    .update(
                            "UPDATE address SET owner_id = ?, default_kind = ? WHERE tenant_id = ? AND id = ?",
                            mergedId,
                            address.get(1),
                            tenant,
                            ((Number) address.get(0)).longValue());
        }
    }

    /** A deleted company's contacts are kept, without the company; a contact's photo goes by cascade. */
    @Override
    public void purge(long tenant, OwnerType kind, long id) {
        rows.delete(Ref.owned(ADDRESSES.table(), kind), tenant, id);
        if (kind == OwnerType.ORGANIZATION) {
            rows.jdbc()
                    .update(
                            "UPDATE contact SET organization_id = NULL WHERE tenant_id = ? AND organization_id = ?",
                            tenant,
                            id);
        }
    }
}
