package io.clientele.security;

import io.clientele.audit.AuditService;
import io.clientele.audit.Summary;
import io.clientele.base.ClienteleProperties;
import io.clientele.base.ConcurrentEditException;
import io.clientele.base.FieldErrors;
import io.clientele.tenant.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settings → Single sign-on (OWNER): the tenant's OpenID Connect provider, which claim gives which role, and whether
 * staff may still use passwords. Saving asks the provider for its discovery document, so a wrong or unreachable issuer
 * is refused before anyone tries to sign in.
 */
@Service
@Transactional(readOnly = true)
public class SsoService {
    private final SsoSettingsRepository settings;
    private final AuditService audit;
    private final ClienteleProperties properties;
    private final Clock clock;

    SsoService(SsoSettingsRepository settings, AuditService audit, ClienteleProperties properties, Clock clock) {
        this.settings = settings;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** The form as saved (a secret is never shown back). */
    @PreAuthorize("hasRole('" + Roles.OWNER + "')")
    public SsoDraft draft() {
        SsoDraft d = new SsoDraft();
        settings.findById(TenantContext.require()).ifPresent(s -> {
            d.setEnabled(s.isEnabled());
            d.setProviderName(s.getProviderName());
            d.setIssuer(s.getIssuer());
            d.setClientId(s.getClientId());
            d.setRoleClaim(s.getRoleClaim());
            d.setRoleMapping(s.getRoleMapping());
            d.setDefaultRole(s.getDefaultRole());
            d.setSsoOnly(s.isSsoOnly());
            d.setVersion(s.getVersion());
        });
        return d;
    }

    /** Where the provider sends the browser back: registered at the provider as the client's redirect URI. */
    @PreAuthorize("hasRole('" + Roles.OWNER + "')")
    public String redirectUri() {
        return SsoClients.redirectUri(properties.baseUrl(), TenantContext.require());
    }

    /** The address the tenant's staff sign in from: the login page that offers the provider. */
    @PreAuthorize("hasRole('" + Roles.OWNER + "')")
    public String loginLink() {
        return properties.baseUrl() + "/login?tenant=" + TenantContext.require();
    }

    @PreAuthorize("hasRole('" + Roles.OWNER + "')")
    @Transactional
    public void save(SsoDraft d) {
        long tenant = TenantContext.require();
        SsoSettings s = settings.findById(tenant).orElse(null);
        if (s != null && s.getVersion() != d.getVersion()) {
            throw new ConcurrentEditException();
        }
        FieldErrors errors = FieldErrors.of(d);
        String mapping = d.getRoleMapping() == null ? "" : d.getRoleMapping();
        errors.require(
                mapping.lines().map(String::strip).filter(l -> !l.isEmpty()).allMatch(SsoService::mappingLine),
                "roleMapping",
                "sso.mapping-invalid");
        errors.require(
                d.getDefaultRole() == null || Role.assignableStaffRoles().contains(d.getDefaultRole()),
                "defaultRole",
                "sso.mapping-invalid");
        String secret = d.getClientSecret() == null || d.getClientSecret().isBlank()
                ? s == null ? null : s.getClientSecret()
                : d.getClientSecret().strip();
        errors.require(errors.has("issuer") || reachable(d.getIssuer().strip()), "issuer", "sso.issuer-unreachable");
        errors.throwIfAny();
        Map<String, Object> before = s == null ? null : state(s);
        if (s == null) {
            s = new SsoSettings(tenant);
        }
        s.apply(d, secret, Instant.now(clock));
        settings.saveAndFlush(s);
        audit.record(
                "SSO_CHANGED",
                "TENANT",
                tenant,
                Summary.of(s.getProviderName(), s.isEnabled() ? 1 : 0),
                before,
                state(s));
    }

    /** "claim value = ROLE", the role one of the tenant's staff roles. */
    private static boolean mappingLine(String line) {
        int eq = line.lastIndexOf('=');
        if (eq <= 0) {
            return false;
        }
        String role = line.substring(eq + 1).strip();
        return Role.assignableStaffRoles().stream().anyMatch(r -> r.name().equals(role));
    }

    /** The provider answers at its discovery address for exactly this issuer. */
    private static boolean reachable(String issuer) {
        try {
            // The discovery document is read when the registration's provider details are first asked for.
            return ClientRegistrations.fromIssuerLocation(issuer)
                            .registrationId("check")
                            .clientId("check")
                            .build()
                            .getProviderDetails()
                            .getTokenUri()
                    != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Map<String, Object> state(SsoSettings s) {
        Map<String, Object> m = new TreeMap<>();
        m.put("enabled", s.isEnabled());
        m.put("providerName", s.getProviderName());
        m.put("issuer", s.getIssuer());
        m.put("clientId", s.getClientId());
        m.put("roleClaim", s.getRoleClaim());
        m.put("roleMapping", s.getRoleMapping());
        m.put("defaultRole", s.getDefaultRole());
        m.put("ssoOnly", s.isSsoOnly());
        return m;
    }

    /**
     * Whether a staff login of this tenant must use the provider: single sign-on is on and "SSO only", and the login
     * is not an OWNER (owners keep their password as the way back in).
     */
    boolean passwordRefused(CurrentUser user) {
        Long tenant = user.activeTenantId();
        boolean staff = user.roles().stream().anyMatch(Role::isStaff);
        return tenant != null
                && staff
                && !user.has(Role.OWNER)
                && settings.findById(tenant)
                        .filter(s -> s.isEnabled() && s.isSsoOnly())
                        .isPresent();
    }

    /** The provider's name for the login page of a tenant whose single sign-on is on; before anyone signs in. */
    public Optional<String> offeredAt(long tenantId) {
        return settings.findById(tenantId).filter(SsoSettings::isEnabled).map(SsoSettings::getProviderName);
    }
}
