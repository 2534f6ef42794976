package io.clientele.tenant;

import io.clientele.audit.AuditService;
import io.clientele.audit.Summary;
import io.clientele.security.CurrentUser;
import io.clientele.security.Roles;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
        audit.record(target.getId(), "TENANT_ENTERED", "TENANT", target.getId(), Summary.of(target.getName()));
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
        audit.record(
                "TRASH_RETENTION_SET",
                "TENANT",
                t.getId(),
                Summary.of(days == null ? 0 : days),
                java.util.Collections.singletonMap("days", before),
                java.util.Collections.singletonMap("days", days));
    }

    /** The portal's name and colour, and whether customers are mailed about support access; audited. */
    @PreAuthorize("hasRole('" + Roles.OWNER + "')")
    @Transactional
    public void setBranding(String name, String brandColor, boolean notifySupportAccess) {
        String trimmed = io.clientele.base.Texts.trimToNull(io.clientele.base.Texts.xmlSafe(name));
        io.clientele.base.FieldErrors errors = new io.clientele.base.FieldErrors();
        errors.require(trimmed != null, "name", "validation.required");
        errors.require(trimmed == null || trimmed.length() <= 200, "name", "validation.max-200");
        String color = io.clientele.base.Texts.trimToNull(brandColor);
        errors.require(color == null || color.matches("#[0-9a-fA-F]{6}"), "color", "branding.color-invalid");
        errors.throwIfAny();
        Tenant t = current().orElseThrow();
        java.util.Map<String, Object> before = branding(t);
        t.setName(trimmed);
        t.setBrandColor(color == null ? null : color.toLowerCase(java.util.Locale.ROOT));
        t.setNotifySupportAccess(notifySupportAccess);
        try {
            tenants.saveAndFlush(t);
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            throw new io.clientele.base.FieldValidationException("name", "branding.name-taken");
        }
        audit.record("BRANDING_CHANGED", "TENANT", t.getId(), Summary.of(t.getName()), before, branding(t));
    }

    /** The tenant's policy: a second factor for ADMIN and above; audited. */
    @PreAuthorize("hasRole('" + Roles.OWNER + "')")
    @Transactional
    public void setTwoFactorRequired(boolean required) {
        Tenant t = current().orElseThrow();
        boolean before = t.isRequireTwoFactor();
        t.setRequireTwoFactor(required);
        audit.record(
                "TWO_FACTOR_POLICY_SET",
                "TENANT",
                t.getId(),
                Summary.of(required ? 1 : 0),
                java.util.Map.of("requireTwoFactor", before),
                java.util.Map.of("requireTwoFactor", required));
    }

    private static java.util.Map<String, Object> branding(Tenant t) {
        java.util.Map<String, Object> m = new java.util.TreeMap<>();
        m.put("name", t.getName());
        m.put("brandColor", t.getBrandColor());
        m.put("notifySupportAccess", t.isNotifySupportAccess());
        return m;
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
