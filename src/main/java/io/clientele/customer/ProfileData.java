package io.clientele.customer;

import io.clientele.base.CustomerData;
import io.clientele.base.CustomerRows;
import io.clientele.base.CustomerRows.Ref;
import io.clientele.base.OwnerType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The customer's own side tables: consents, groups, teams, devices and picture, and the pointer of a merged record. */
@Component
class ProfileData implements CustomerData {
    private static final Ref CONSENTS = Ref.of("customer_consent", "customer_id");
    private static final Ref GROUPS = Ref.of("customer_group_member", "customer_id");
    private static final Ref TEAMS = Ref.of("customer_team", "customer_id");
    private static final Ref DEVICES = Ref.of("device_registration", "customer_id");
    private static final Ref PICTURE = Ref.of("customer_avatar", "customer_id");
    private static final Ref MERGED_INTO = Ref.of("customer", "merged_into");

    private final CustomerRows rows;

    ProfileData(CustomerRows rows) {
        this.rows = rows;
    }

    @Override
    public Set<String> references() {
        return Set.of(CONSENTS.name(), GROUPS.name(), TEAMS.name(), DEVICES.name(), PICTURE.name(), MERGED_INTO.name());
    }

    @Override
    public void export(long tenant, long customerId, Map<String, List<Map<String, Object>>> sections) {
        sections.put(
                "consents",
                rows.section(
                        "SELECT f.name AS consent, c.granted, c.recorded_at, c.source "
                                + "FROM customer_consent c JOIN consent_field f ON f.id = c.field_id WHERE c.tenant_id = ? "
                                + "AND c.customer_id = ? ORDER BY f.name",
                        tenant,
                        customerId));
        sections.put(
                "groups",
                rows.section(
                        "SELECT g.name AS group_name FROM customer_group_member m "
                                + "JOIN customer_group g ON g.id = m.group_id WHERE m.tenant_id = ? AND m.customer_id = ? "
                                + "ORDER BY g.name",
                        tenant,
                        customerId));
        sections.put(
                "teams",
                rows.section(
                        "SELECT t.name AS team FROM customer_team ct JOIN team t ON t.id = ct.team_id "
                                + "WHERE ct.tenant_id = ? AND ct.customer_id = ? ORDER BY t.name",
                        tenant,
                        customerId));
        sections.put(
                "devices",
                rows.section(
                        "SELECT platform, active, registered_at FROM device_registration "
                                + "WHERE tenant_id = ? AND customer_id = ? ORDER BY id",
                        tenant,
                        customerId));
        // The picture itself goes into the ZIP as a file of its own.
    }

    @Override
    public void erase(long tenant, long customerId, Map<String, Integer> done) {
        for (Ref ref : List.of(CONSENTS, GROUPS, TEAMS, DEVICES, PICTURE)) {
            done.put(ref.table(), rows.delete(ref, tenant, customerId));
        }
    }

    /** What the survivor already has stays its own: a consent for the same field, a group or team, its picture. */
    @Override
    public void move(long tenant, long mergedId, long survivorId, Map<String, Object> moved) {
        moved.put(CONSENTS.table(), rows.move(CONSENTS, "field_id", tenant, mergedId, survivorId));
        moved.put(GROUPS.table(), rows.moveMemberships(GROUPS, "group_id", tenant, mergedId, survivorId));
        moved.put(TEAMS.table(), rows.moveMemberships(TEAMS, "team_id", tenant, mergedId, survivorId));
        moved.put(DEVICES.table(), rows.move(DEVICES, null, tenant, mergedId, survivorId));
        boolean picture = !hasPicture(tenant, survivorId) && hasPicture(tenant, mergedId);
        if (picture) {
            repointPicture(tenant, mergedId, survivorId);
        }
        moved.put("picture", picture);
    }

    @Override
    public void moveBack(long tenant, long mergedId, long survivorId, Map<String, Object> moved) {
        rows.moveBack(CONSENTS, moved.get(CONSENTS.table()), tenant, mergedId);
        rows.moveMembershipsBack(GROUPS, "group_id", moved.get(GROUPS.table()), tenant, survivorId, mergedId);
        rows.moveMembershipsBack(TEAMS, "team_id", moved.get(TEAMS.table()), tenant, survivorId, mergedId);
        rows.moveBack(DEVICES, moved.get(DEVICES.table()), tenant, mergedId);
        if (Boolean.TRUE.equals(moved.get("picture"))) {
            repointPicture(tenant, survivorId, mergedId);
        }
    }

    /** The side tables go by cascade; records merged into this one stay deleted, pointing nowhere. */
    @Override
    public void purge(long tenant, OwnerType kind, long id) {
        if (kind == OwnerType.CUSTOMER) {
            rows.jdbc()
                    .update(
                            "UPDATE customer SET merged_into = NULL WHERE tenant_id = ? AND merged_into = ?",
                            tenant,
                            id);
        }
    }

    private boolean hasPicture(long tenant, long customerId) {
        return rows.jdbc()
                        .queryForObject(
                                "SELECT count(*) FROM customer_avatar WHERE tenant_id = ? AND customer_id = ?",
                                Integer.class,
                                tenant,
                                customerId)
                > 0;
    }

    private void repointPicture(long tenant, long from, long to) {
        rows.jdbc()
                .update(
                        "UPDATE customer_avatar SET customer_id = ? WHERE tenant_id = ? AND customer_id = ?",
                        to,
                        tenant,
                        from);
    }
}
