package io.clientele.tenant;

import io.clientele.audit.AuditService;
import io.clientele.security.CurrentUser;
import io.clientele.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.util.List;
import java.util.Optional;

@Service
@Transactional(readOnly = true)
public class TenantService {
    private final TenantRepository tenants;
    private final AuditService audit;

    TenantService(TenantRepository tenants, AuditService audit) {
        this.tenants = tenants;
        this.audit = audit;
    }

    public Optional<Tenant> find(long id) {
        return tenants.findById(id);
    }

    public Optional<Tenant> current() {
        long id = TenantContext.current();
        return id == TenantContext.NONE ? Optional.empty() : tenants.findById(id);
    }

    /** The current tenant's country: the region for phone numbers typed without a country code. */
    public String country() {
        return current().map(Tenant::getCountry).orElse("NO");
    }

    @PreAuthorize("hasRole('" + Roles.SYSTEM_ADMIN + "')")
    public List<Tenant> all() {
        return tenants.findAll(org.springframework.data.domain.Sort.by("name"));
    }

    /** Lets a platform operator work inside another tenant; recorded in both tenants' trail. */
    @PreAuthorize("hasRole('" + Roles.SYSTEM_ADMIN + "')")
    @Transactional
    public void switchTo(long tenantId) {
        var user = CurrentUser.require();
        Tenant target = tenants.findById(tenantId).orElseThrow(() -> new AccessDeniedException("No such tenant"));
        user.switchTenant(target.getId());
        audit.record(target.getId(), "TENANT_ENTERED", "TENANT", target.getId(), "Entered tenant " + target.getName());
    }

    /** Used on first start and by the demo loader; not reachable from the UI. */
    @Transactional
    public Tenant createIfMissing(String name, String country) {
        return tenants.findByName(name).orElseGet(() -> tenants.save(new Tenant(name, country)));
    }

    /** The current tenant's trash retention (see {@link Tenant#getTrashRetentionDays()}); audited. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void setTrashRetention(Integer days) {
        if (days != null && (days < 1 || days > 3650)) {
            throw new io.clientele.base.FieldValidationException("retention", "trash.retention-range");
        }
        Tenant t = current().orElseThrow();
        Integer before = t.getTrashRetentionDays();
        t.setTrashRetentionDays(days);
        audit.record("TRASH_RETENTION_SET", "TENANT", t.getId(), days == null ? "Trash kept until someone acts"
                : "Trash anonymized after " + days + " days", java.util.Collections.singletonMap("days", before),
                java.util.Collections.singletonMap("days", days));
    }

    /** Every tenant's id, for nightly jobs that run in each. */
    public List<Long> ids() {
        return tenants.findAll().stream().map(Tenant::getId).toList();
    }

    /** Tenants whose trash is anonymized after some days, for the nightly retention job. */
    public List<Tenant> withTrashRetention() {
        return tenants.findByTrashRetentionDaysIsNotNull();
    }

    public long count() {
        return tenants.count();
    }

    public Optional<Tenant> first() {
        return tenants.findFirstByOrderByIdAsc();
    }
}
