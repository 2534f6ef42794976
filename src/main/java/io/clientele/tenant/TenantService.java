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

    public long count() {
        return tenants.count();
    }

    public Optional<Tenant> first() {
        return tenants.findFirstByOrderByIdAsc();
    }
}
