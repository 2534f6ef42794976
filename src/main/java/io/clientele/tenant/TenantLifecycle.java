package io.clientele.tenant;

import io.clientele.audit.AuditService;
import io.clientele.audit.Summary;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.FieldErrors;
import io.clientele.base.FieldValidationException;
import io.clientele.base.LikePatterns;
import io.clientele.base.Texts;
import io.clientele.security.Roles;
import io.clientele.security.StaffService;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settings → Tenants (SYSTEM_ADMIN): the platform's workspaces. A new tenant gets its first OWNER by invitation; a
 * suspended tenant's staff and customers cannot sign in and its API keys are refused; a tenant is deleted, with
 * everything in it, only after it has been suspended for its trash retention (30 days when it keeps its trash).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.SYSTEM_ADMIN + "')")
public class TenantLifecycle {
    static final int DEFAULT_GRACE_DAYS = 30;
    private static final Map<String, String> SORTS = Map.of(
            "name", "lower(t.name)",
            "customers", "3",
            "staff", "4",
            "createdAt", "t.created_at",
            "state", "t.suspended_at");

    /** A row of the list. */
    public record TenantRow(long id, String name, long customers, long staff, Instant createdAt, Instant suspendedAt) {
        public boolean suspended() {
            return suspendedAt != null;
        }
    }

    private final TenantRepository tenants;
    private final TenantData data;
    private final StaffService staff;
    private final AuditService audit;
    private final EntityManager em;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    TenantLifecycle(
            TenantRepository tenants,
            TenantData data,
            StaffService staff,
            AuditService audit,
            EntityManager em,
            JdbcTemplate jdbc,
            Clock clock) {
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.data = data;
        this.staff = staff;
        this.audit = audit;
        this.em = em;
        this.clock = clock;
    }

    /** Counted in SQL across tenants: the entity queries would see only the operator's current tenant. */
    public List<TenantRow> list(String search, Pageable page) {
        String order = page.getSort().stream()
                .filter(o -> SORTS.containsKey(o.getProperty()))
                .map(o -> SORTS.get(o.getProperty()) + (o.getDirection() == Sort.Direction.DESC ? " DESC" : " ASC"))
                .collect(Collectors.joining(", "));
        return jdbc.query(
                "SELECT t.id, t.name, (SELECT count(*) FROM customer c WHERE c.tenant_id = t.id AND c.deleted_at IS NULL), "
                        + "(SELECT count(*) FROM user_account a WHERE a.tenant_id = t.id AND a.staff_role IS NOT NULL), "
                        + "t.created_at, t.suspended_at FROM tenant t WHERE lower(t.name) LIKE ? ESCAPE '\\' ORDER BY "
                        + (order.isEmpty() ? SORTS.get("name") : order) + ", t.id LIMIT ? OFFSET ?",
                (rs, n) -> new TenantRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()),
                LikePatterns.contains(search),
                page.getPageSize(),
                page.getOffset());
    }

    public long count(String search) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM tenant t WHERE lower(t.name) LIKE ? ESCAPE '\\'",
                Long.class,
                LikePatterns.contains(search));
    }

    /** Creates the tenant and mails its first owner an invitation; returns the tenant's id. */
    @Transactional
    public long create(TenantDraft d, Locale locale) {
        FieldErrors errors = FieldErrors.of(d);
        String name = Texts.trimToNull(d.getName());
        errors.require(errors.has("name") || tenants.findByName(name).isEmpty(), "name", "branding.name-taken");
        errors.throwIfAny();
        Tenant t = new Tenant(name, "NO");
        String color = Texts.trimToNull(d.getBrandColor());
        t.setBrandColor(color == null ? null : color.toLowerCase(Locale.ROOT));
        tenants.saveAndFlush(t);
        audit.record(
                t.getId(),
                "TENANT_CREATED",
                "TENANT",
                t.getId(),
                Summary.of(name, d.getOwnerEmail().trim()));
        try {
            staff.inviteOwner(t.getId(), d.getOwnerEmail(), locale);
        } catch (FieldValidationException e) {
            throw new FieldValidationException("ownerEmail", e.getMessage());
        }
        return t.getId();
    }

    @Transactional
    public void rename(long id, String newName) {
        Tenant t = tenant(id);
        String name = Texts.trimToNull(newName);
        FieldErrors errors = new FieldErrors();
        errors.require(name != null, "name", "validation.required");
        errors.require(name == null || name.length() <= 200, "name", "validation.max-200");
        errors.plain("name", newName);
        errors.require(
                name == null
                        || tenants.findByName(name)
                                .filter(o -> !o.getId().equals(id))
                                .isEmpty(),
                "name",
                "branding.name-taken");
        errors.throwIfAny();
        String before = t.getName();
        t.setName(name);
        audit.record(id, "TENANT_RENAMED", "TENANT", id, Summary.of(before, name));
    }

    /** Suspends (its logins end at their next request) or resumes the tenant. */
    @Transactional
    public void setSuspended(long id, boolean suspended) {
        Tenant t = tenant(id);
        if (t.getSuspendedAt() != null == suspended) {
            return;
        }
        t.setSuspendedAt(suspended ? Instant.now(clock) : null);
        audit.record(id, suspended ? "TENANT_SUSPENDED" : "TENANT_RESUMED", "TENANT", id, Summary.of(t.getName()));
    }

    /** When a suspended tenant may be deleted: after its trash retention (or 30 days) of suspension. */
    private static Instant deletableFrom(Tenant t) {
        int days = t.getTrashRetentionDays() == null ? DEFAULT_GRACE_DAYS : t.getTrashRetentionDays();
        return t.getSuspendedAt() == null ? null : t.getSuspendedAt().plus(Duration.ofDays(days));
    }

    /** Deletes the tenant and everything in it; the platform's trail keeps that it happened. */
    @Transactional
    public long delete(long id) {
        Tenant t = tenant(id);
        if (t.getSuspendedAt() == null) {
            throw new ActionRefusedException("tenants.delete-not-suspended", t.getName());
        }
        Instant from = deletableFrom(t);
        if (from.isAfter(Instant.now(clock))) {
            throw new ActionRefusedException("tenants.delete-too-early", t.getName(), java.util.Date.from(from));
        }
        String name = t.getName();
        em.flush();
        em.detach(t);
        long rows = data.delete(id);
        audit.record(null, "TENANT_DELETED", "TENANT", id, Summary.of(name, rows));
        return rows;
    }

    private Tenant tenant(long id) {
        return tenants.findById(id).orElseThrow(() -> new java.util.NoSuchElementException("Tenant " + id));
    }
}
