package io.clientele.duplicate;

import io.clientele.audit.AuditService;
import io.clientele.audit.Summary;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.CustomerData;
import io.clientele.base.CustomerRows;
import io.clientele.base.Trash;
import io.clientele.security.Roles;
import io.clientele.tenant.Tenant;
import io.clientele.tenant.TenantContext;
import io.clientele.tenant.TenantService;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two records of one person become one: the survivor takes the chosen value of each field and the portal login, and
 * every feature moves the merged customer's rows to it (each {@link CustomerData} owner by its own rules: what the
 * survivor already has stays its own). The merged record stays, deleted, as a
 * pointer to the survivor. Each merge keeps what it changed, so it can be undone within the tenant's trash
 * retention (30 days without one). One transaction each way, audited.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class MergeService {
    /** The fields the person chooses between, by their column. */
    public enum Field {
        FIRST_NAME("first_name"),
        LAST_NAME("last_name"),
        COMPANY_NAME("company_name"),
        EMAIL("email"),
        PHONE("phone"),
        STATUS("status");

        final String column;

        Field(String column) {
            this.column = column;
        }
    }

    /** The survivor's columns a merge may change, restored as they were by an undo. */
    private static final List<String> SURVIVOR_COLUMNS = List.of(
            "first_name",
            "last_name",
            "company_name",
            "display_name",
            "email",
            "phone",
            "phone_digits",
            "status",
            "user_account_id",
            "has_avatar",
            "all_teams",
            "teams_label",
            "next_visit_at",
            "updated_at");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final AuditService audit;
    private final TenantService tenants;
    /** Every feature's rows about a customer: each moves its own to the survivor and back. */
    private final List<CustomerData> owners;

    private final Clock clock;

    MergeService(JdbcTemplate jdbc, AuditService audit, TenantService tenants, List<CustomerData> owners, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.owners = owners;
        this.audit = audit;
        this.tenants = tenants;
    }

    /** Side by side: the two customers' values of every field, for the merge dialog. */
    @Transactional(readOnly = true)
    public Map<Field, String[]> compare(long firstId, long secondId) {
        Map<String, Object> a = live(firstId);
        Map<String, Object> b = live(secondId);
        Map<Field, String[]> out = new EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            out.put(f, new String[] {Objects.toString(a.get(f.column), ""), Objects.toString(b.get(f.column), "")});
        }
        return out;
    }

    /** Merges {@code mergedId} into {@code survivorId}; {@code fromMerged} are the fields that take the merged value. */
    @Transactional
    public long merge(long survivorId, long mergedId, Set<Field> fromMerged) {
        long tenant = TenantContext.require();
        if (survivorId == mergedId) {
            throw new ActionRefusedException("merge.refused-same");
        }
        Map<String, Object> survivor = live(survivorId);
        Map<String, Object> merged = live(mergedId);
        if (survivor.get("organization_id") != null || merged.get("organization_id") != null) {
            throw new ActionRefusedException("merge.refused-account");
        }
        if (survivor.get("user_account_id") != null && merged.get("user_account_id") != null) {
            throw new ActionRefusedException("merge.refused-two-logins");
        }
        Map<String, Object> survivorBefore = new LinkedHashMap<>();
        SURVIVOR_COLUMNS.forEach(c -> survivorBefore.put(c, survivor.get(c)));
        Map<String, Object> mergedBefore = new LinkedHashMap<>();
        for (String c : List.of("email", "user_account_id", "deleted_at", "deleted_by")) {
            mergedBefore.put(c, merged.get(c));
        }
        // Unique e-mail and login: the merged record lets go of them first.
        jdbc.update(
                "UPDATE customer SET email = NULL, user_account_id = NULL WHERE tenant_id = ? AND id = ?",
                tenant,
                mergedId);
        Map<String, Object> moved = new LinkedHashMap<>();
        owners.forEach(o -> o.move(tenant, mergedId, survivorId, moved));
        boolean picture = Boolean.TRUE.equals(moved.get("picture"));

        Map<String, Object> values = new LinkedHashMap<>();
        for (Field f : Field.values()) {
            values.put(f.column, (fromMerged.contains(f) ? merged : survivor).get(f.column));
        }
        values.put("phone_digits", (fromMerged.contains(Field.PHONE) ? merged : survivor).get("phone_digits"));
        Object login = survivor.get("user_account_id") != null
                ? survivor.get("user_account_id")
                : merged.get("user_account_id");
        jdbc.update(
                "UPDATE customer SET first_name = ?, last_name = ?, company_name = ?, email = ?, phone = ?, "
                        + "status = ?, phone_digits = ?, display_name = ?, user_account_id = ?, has_avatar = ?, "
                        + "next_visit_at = (SELECT MIN(b.starts_at) FROM booking b WHERE b.customer_id = ? "
                        + "AND b.status = 'BOOKED' AND b.starts_at > ?), updated_at = ?, version = version + 1 "
                        + "WHERE tenant_id = ? AND id = ?",
                values.get("first_name"),
                values.get("last_name"),
                values.get("company_name"),
                values.get("email"),
                values.get("phone"),
                values.get("status"),
                values.get("phone_digits"),
                displayName(String.valueOf(survivor.get("type")), values),
                login,
                picture || Boolean.TRUE.equals(survivor.get("has_avatar")),
                survivorId,
                Timestamp.from(Instant.now(clock)),
                Timestamp.from(Instant.now(clock)),
                tenant,
                survivorId);
        relabelTeams(tenant, survivorId);
        jdbc.update(
                "UPDATE customer SET deleted_at = ?, deleted_by = ?, merged_into = ?, version = version + 1 "
                        + "WHERE tenant_id = ? AND id = ?",
                Timestamp.from(Instant.now(clock)),
                Trash.deletedBy(Instant.now(clock), null),
                survivorId,
                tenant,
                mergedId);
        jdbc.update(
                "INSERT INTO customer_merge (tenant_id, survivor_id, merged_id, survivor_before, merged_before, moved, "
                        + "merged_by, merged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                tenant,
                survivorId,
                mergedId,
                JSON.writeValueAsString(survivorBefore),
                JSON.writeValueAsString(mergedBefore),
                JSON.writeValueAsString(moved),
                Trash.deletedBy(Instant.now(clock), null),
                Timestamp.from(Instant.now(clock)));
        long mergeId = jdbc.queryForObject(
                "SELECT max(id) FROM customer_merge WHERE tenant_id = ? AND merged_id = ?",
                Long.class,
                tenant,
                mergedId);
        audit.record(
                "CUSTOMERS_MERGED",
                "CUSTOMER",
                survivorId,
                Summary.of("#" + mergedId, "#" + survivorId),
                null,
                Map.of("merge", mergeId, "fieldsFromMerged", fromMerged.toString()));
        return mergeId;
    }

    /** Puts both customers back exactly as they were before the merge, with every moved row where it came from. */
    @Transactional
    public void undo(long mergeId) {
        long tenant = TenantContext.require();
        Map<String, Object> m =
                jdbc
                        .queryForList("SELECT * FROM customer_merge WHERE tenant_id = ? AND id = ?", tenant, mergeId)
                        .stream()
                        .findFirst()
                        .map(CustomerRows::plainRow)
                        .orElseThrow(() -> new NoSuchElementException("Merge " + mergeId));
        if (m.get("undone_at") != null) {
            throw new ActionRefusedException("merge.refused-undone");
        }
        Integer retention = tenants.current().map(Tenant::getTrashRetentionDays).orElse(null);
        int days = retention == null ? 30 : retention;
        Instant at = Instant.parse(m.get("merged_at").toString());
        if (at.isBefore(Instant.now(clock).minus(Duration.ofDays(days)))) {
            throw new ActionRefusedException("merge.refused-too-late", days);
        }
        long survivorId = ((Number) m.get("survivor_id")).longValue();
        long mergedId = ((Number) m.get("merged_id")).longValue();
        Map<String, Object> survivorBefore = read(m.get("survivor_before"));
        Map<String, Object> mergedBefore = read(m.get("merged_before"));
        Map<String, Object> moved = read(m.get("moved"));

        owners.forEach(o -> o.moveBack(tenant, mergedId, survivorId, moved));
        // The survivor first: it may hold the merged customer's e-mail or login.
        StringBuilder set = new StringBuilder();
        List<Object> args = new ArrayList<>();
        for (String c : SURVIVOR_COLUMNS) {
            set.append(c).append(" = ?, ");
            args.add(column(c, survivorBefore.get(c)));
        }
        args.addAll(List.of(tenant, survivorId));
        jdbc.update(
                "UPDATE customer SET " + set + "version = version + 1 WHERE tenant_id = ? AND id = ?", args.toArray());
        jdbc.update(
                "UPDATE customer SET email = ?, user_account_id = ?, deleted_at = ?, deleted_by = ?, merged_into = NULL, "
                        + "version = version + 1 WHERE tenant_id = ? AND id = ?",
                mergedBefore.get("email"),
                mergedBefore.get("user_account_id"),
                column("deleted_at", mergedBefore.get("deleted_at")),
                mergedBefore.get("deleted_by"),
                tenant,
                mergedId);
        jdbc.update(
                "UPDATE customer_merge SET undone_at = ? WHERE id = ?", Timestamp.from(Instant.now(clock)), mergeId);
        audit.record(
                "CUSTOMERS_MERGE_UNDONE",
                "CUSTOMER",
                survivorId,
                Summary.of("#" + mergedId, "#" + survivorId),
                null,
                Map.of("merge", mergeId));
    }

    /** The merge that took this customer into another and has not been undone (the Trash's Undo merge). */
    @Transactional(readOnly = true)
    public Optional<Long> mergeOf(long mergedId) {
        return jdbc
                .queryForList(
                        "SELECT id FROM customer_merge WHERE tenant_id = ? AND merged_id = ? AND undone_at IS NULL "
                                + "ORDER BY id DESC",
                        Long.class,
                        TenantContext.require(),
                        mergedId)
                .stream()
                .findFirst();
    }

    /** The customer and everyone merged into it (not undone): its Activity tab shows all their history. */
    @PreAuthorize("hasRole('" + Roles.VIEWER + "')")
    @Transactional(readOnly = true)
    public List<Long> withMerged(long survivorId) {
        List<Long> ids = new ArrayList<>(List.of(survivorId));
        ids.addAll(jdbc.queryForList(
                "SELECT merged_id FROM customer_merge WHERE tenant_id = ? AND survivor_id = ? "
                        + "AND undone_at IS NULL",
                Long.class,
                TenantContext.require(),
                survivorId));
        return ids;
    }

    /** Where a merged customer's page leads: the customer it was merged into. */
    @PreAuthorize("hasRole('" + Roles.VIEWER + "')")
    @Transactional(readOnly = true)
    public Optional<Long> survivorOf(long customerId) {
        return jdbc
                .queryForList(
                        "SELECT merged_into FROM customer WHERE tenant_id = ? AND id = ? AND merged_into IS NOT NULL",
                        Long.class,
                        TenantContext.require(),
                        customerId)
                .stream()
                .findFirst();
    }

    private Map<String, Object> live(long id) {
        return jdbc
                .queryForList(
                        "SELECT * FROM customer WHERE tenant_id = ? AND id = ? AND deleted_at IS NULL",
                        TenantContext.require(),
                        id)
                .stream()
                .findFirst()
                .map(CustomerRows::plainRow)
                .orElseThrow(() -> new NoSuchElementException("Customer " + id));
    }

    /** The Teams column after teams moved: the sorted names, or "all teams" when the customer has none. */
    private void relabelTeams(long tenant, long customerId) {
        List<String> names = jdbc.queryForList(
                "SELECT t.name FROM customer_team ct JOIN team t ON t.id = ct.team_id "
                        + "WHERE ct.tenant_id = ? AND ct.customer_id = ? ORDER BY lower(t.name)",
                String.class,
                tenant,
                customerId);
        jdbc.update(
                "UPDATE customer SET all_teams = ?, teams_label = ? WHERE tenant_id = ? AND id = ?",
                names.isEmpty(),
                String.join(", ", names),
                tenant,
                customerId);
    }

    /** As the customer entity derives it: a business by its company name, a person by first and last name. */
    private static String displayName(String type, Map<String, Object> v) {
        String company = Objects.toString(v.get("company_name"), "").trim();
        if ("BUSINESS".equals(type) && !company.isEmpty()) {
            return company;
        }
        String person = (Objects.toString(v.get("first_name"), "").trim() + " "
                        + Objects.toString(v.get("last_name"), "").trim())
                .trim();
        return person.isEmpty() ? Objects.toString(v.get("email"), "") : person;
    }

    /** JSON keeps instants as text; the columns that hold them get them back as timestamps. */
    private static Object column(String name, Object value) {
        return value != null && (name.endsWith("_at")) ? Timestamp.from(Instant.parse(value.toString())) : value;
    }

    private static Map<String, Object> read(Object json) {
        return JSON.readValue(json.toString(), new TypeReference<LinkedHashMap<String, Object>>() {});
    }
}
