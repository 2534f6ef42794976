package io.clientele.trash;

import io.clientele.account.CustomerAccountService;
import io.clientele.audit.AuditService;
import io.clientele.audit.Summary;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.CustomerData;
import io.clientele.base.LikePatterns;
import io.clientele.base.OwnerType;
import io.clientele.base.SqlOrder;
import io.clientele.directory.ContactService;
import io.clientele.organization.OrganizationService;
import io.clientele.privacy.PersonalDataService;
import io.clientele.security.Roles;
import io.clientele.tenant.Tenant;
import io.clientele.tenant.TenantContext;
import io.clientele.tenant.TenantService;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Management → Trash: every soft-deleted customer, customer account, organization and contact of the tenant in one list,
 * with who deleted it and when; Restore and Permanently delete, each by the rules of the record's own service.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class TrashService {
    public enum Kind {
        CUSTOMER,
        ACCOUNT,
        ORGANIZATION,
        CONTACT
    }

    /** {@code merged}: the customer was merged into another; its merge is undone instead of a restore. */
    public record TrashRow(
            Kind kind, long id, String name, Instant deletedAt, String deletedBy, boolean erased, boolean merged) {}

    /** One row shape over both tables; {@code kind} tells them apart. */
    private static final String TRASH = "SELECT CASE WHEN organization_id IS NULL THEN 'CUSTOMER' ELSE 'ACCOUNT' END "
            + "AS kind, id, display_name AS name, deleted_at, deleted_by, CASE WHEN erased_at IS NULL THEN 0 ELSE 1 END "
            + "AS erased, CASE WHEN merged_into IS NULL THEN 0 ELSE 1 END AS merged FROM customer WHERE tenant_id = ? "
            + "AND deleted_at IS NOT NULL UNION ALL SELECT 'ORGANIZATION', id, name, deleted_at, deleted_by, 0, 0 "
            + "FROM organization WHERE tenant_id = ? AND deleted_at IS NOT NULL UNION ALL SELECT 'CONTACT', id, "
            + "display_name, deleted_at, deleted_by, 0, 0 FROM contact WHERE tenant_id = ? AND deleted_at IS NOT NULL";

    private static final Map<String, String> SORTS =
            Map.of("deletedAt", "deleted_at", "name", "name", "kind", "kind", "deletedBy", "deleted_by");

    private final JdbcTemplate jdbc;
    private final OrganizationService organizations;
    private final CustomerAccountService accounts;
    private final ContactService contacts;
    private final AuditService audit;
    private final PersonalDataService privacy;
    private final TenantService tenants;
    private final TransactionTemplate tx;
    /** Every feature's rows about a record: each removes its own on a permanent delete. */
    private final List<CustomerData> owners;

    private final Clock clock;

    TrashService(
            JdbcTemplate jdbc,
            OrganizationService organizations,
            CustomerAccountService accounts,
            ContactService contacts,
            AuditService audit,
            PersonalDataService privacy,
            TenantService tenants,
            TransactionTemplate tx,
            List<CustomerData> owners,
            Clock clock) {
        this.clock = clock;
        this.owners = owners;
        this.contacts = contacts;
        this.tx = tx;
        this.privacy = privacy;
        this.tenants = tenants;
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<TrashRow> list(String search, Set<Kind> kinds, Pageable page) {
        List<Object> args = new ArrayList<>();
        String where = where(search, kinds, args);
        args.add(page.getPageSize());
        args.add(page.getOffset());
        return jdbc.query(
                "SELECT * FROM (" + TRASH + ") t" + where + " ORDER BY "
                        + SqlOrder.of(page.getSort(), SORTS, "deleted_at DESC") + ", kind, id LIMIT ? OFFSET ?",
                (rs, n) -> new TrashRow(
                        Kind.valueOf(rs.getString("kind")),
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getTimestamp("deleted_at").toInstant(),
                        rs.getString("deleted_by"),
                        rs.getInt("erased") == 1,
                        rs.getInt("merged") == 1),
                args.toArray());
    }

    @Transactional(readOnly = true)
    public long count(String search, Set<Kind> kinds) {
        List<Object> args = new ArrayList<>();
        String where = where(search, kinds, args);
        return jdbc.queryForObject("SELECT count(*) FROM (" + TRASH + ") t" + where, Long.class, args.toArray());
    }

    private static String where(String search, Set<Kind> kinds, List<Object> args) {
        long tenant = TenantContext.require();
        args.add(tenant);
        args.add(tenant);
        args.add(tenant);
        List<String> conditions = new ArrayList<>();
        String like = LikePatterns.contains(search);
        if (!like.equals("%%")) {
            conditions.add("lower(name) LIKE ? ESCAPE '" + LikePatterns.ESCAPE + "'");
            args.add(like);
        }
        if (kinds != null && !kinds.isEmpty() && kinds.size() < Kind.values().length) {
            conditions.add("kind IN ("
                    + kinds.stream().map(k -> "'" + k.name() + "'").collect(Collectors.joining(", ")) + ")");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /**
     * Back to the lists. A customer account needs a new customer admin, so it is recovered on its own page; an
     * erased customer stays in the trash (there is nobody to bring back).
     */
    @Transactional
    public void restore(Kind kind, long id) {
        switch (kind) {
            case ORGANIZATION -> organizations.recover(id);
            case CONTACT -> contacts.restoreContacts(List.of(id));
            case ACCOUNT -> throw new ActionRefusedException("trash.refused-account-restore");
            case CUSTOMER -> {
                TrashRow row = row(kind, id);
                if (row.erased()) {
                    throw new ActionRefusedException("trash.refused-erased-restore");
                }
                if (row.merged()) {
                    throw new ActionRefusedException("trash.refused-merged-restore");
                }
                jdbc.update(
                        "UPDATE customer SET deleted_at = NULL, deleted_by = NULL, updated_at = ?, version = version + 1 "
                                + "WHERE tenant_id = ? AND id = ?",
                        Timestamp.from(Instant.now(clock)),
                        TenantContext.require(),
                        id);
                audit.record("CUSTOMER_RESTORED", "CUSTOMER", id, Summary.of(row.name()), null, null);
            }
        }
    }

    /**
     * Gone for good: the record with what hangs on it, each feature removing its own rows (its {@link CustomerData}
     * owner: consents, bookings, payments, messages, addresses, price sheet assignments…). An organization that still
     * has a customer account is refused; its contacts are kept, unlinked.
     */
    @Transactional
    public void permanentlyDelete(Kind kind, long id) {
        long tenant = TenantContext.require();
        if (kind == Kind.ACCOUNT) {
            accounts.permanentlyDelete(id);
            owners.forEach(o -> o.purge(tenant, OwnerType.CUSTOMER, id));
            return;
        }
        TrashRow row = row(kind, id);
        OwnerType owner = OwnerType.valueOf(kind.name());
        owners.forEach(o -> o.purge(tenant, owner, id));
        jdbc.update(
                "DELETE FROM "
                        + switch (owner) {
                            case CUSTOMER -> "customer";
                            case ORGANIZATION -> "organization";
                            case CONTACT -> "contact";
                        }
                        + " WHERE tenant_id = ? AND id = ?",
                tenant,
                id);
        audit.record(kind.name() + "_PERMANENTLY_DELETED", kind.name(), id, Summary.of(row.name()), null, null);
    }

    /** What one retention run did: customers anonymized, and those kept because erasure was refused (legal hold…). */
    public record Retention(int anonymized, int kept) {}

    /**
     * Anonymizes the customers that have been in the trash longer than the tenant's retention (none when it has
     * none), each through the same erasure as the Privacy tab. Erased ones are skipped, so a second run changes
     * nothing. Not one transaction: each customer is erased in its own, so one refusal keeps the others going.
     */
    public Retention anonymizeExpired() {
        Integer days = tenants.current().map(Tenant::getTrashRetentionDays).orElse(null);
        if (days == null) {
            return new Retention(0, 0);
        }
        List<Long> expired = jdbc.queryForList(
                "SELECT id FROM customer WHERE tenant_id = ? AND deleted_at < ? "
                        + "AND erased_at IS NULL AND organization_id IS NULL ORDER BY id",
                Long.class,
                TenantContext.require(),
                Timestamp.from(Instant.now(clock).minus(Duration.ofDays(days))));
        int anonymized = 0;
        for (long id : expired) {
            try {
                privacy.erase(id);
                anonymized++;
            } catch (ActionRefusedException kept) {
                // Legal hold, a staff login or shared billing: the customer waits for a person to decide.
            }
        }
        if (anonymized > 0) {
            Summary summary = Summary.of(anonymized, days);
            tx.executeWithoutResult(
                    s -> audit.record("TRASH_RETENTION_RUN", "TENANT", TenantContext.require(), summary, null, null));
        }
        return new Retention(anonymized, expired.size() - anonymized);
    }

    /** The record in this tenant's trash, or "not found" (live records and other tenants' ids alike). */
    private TrashRow row(Kind kind, long id) {
        List<Object> args = new ArrayList<>();
        String where = where("", Set.of(kind), args);
        args.add(id);
        return jdbc
                .query(
                        "SELECT * FROM (" + TRASH + ") t" + where + (where.isEmpty() ? " WHERE" : " AND") + " id = ?",
                        (rs, n) -> new TrashRow(
                                kind,
                                id,
                                rs.getString("name"),
                                rs.getTimestamp("deleted_at").toInstant(),
                                rs.getString("deleted_by"),
                                rs.getInt("erased") == 1,
                                rs.getInt("merged") == 1),
                        args.toArray())
                .stream()
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException(kind + " " + id + " is not in the trash"));
    }
}
