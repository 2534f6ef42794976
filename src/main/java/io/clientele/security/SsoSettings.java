package io.clientele.security;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tenant's single sign-on: its staff sign in with the tenant's own OpenID Connect provider. Keyed by the tenant and
 * read before anyone is signed in, so not tenant-filtered.
 */
@Entity
@Table(name = "sso_settings")
class SsoSettings {
    @Id
    private Long tenantId;

    @Version
    private int version;

    private boolean enabled;
    private String providerName;
    private String issuer;
    private String clientId;
    private String clientSecret;
    private String roleClaim;
    /** One "claim value = ROLE" a line. */
    private String roleMapping;

    @Enumerated(EnumType.STRING)
    private Role defaultRole;

    private boolean ssoOnly;
    private Instant updatedAt;

    protected SsoSettings() {}

    SsoSettings(long tenantId) {
        this.tenantId = tenantId;
    }

    /** The mapping as written: claim value to role, in order. */
    Map<String, Role> mapping() {
        Map<String, Role> m = new LinkedHashMap<>();
        if (roleMapping != null) {
            roleMapping.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> {
                int eq = l.lastIndexOf('=');
                m.put(
                        l.substring(0, eq).strip(),
                        Role.valueOf(l.substring(eq + 1).strip()));
            });
        }
        return m;
    }

    /**
     * The role a provider's claim value (one value or a list) gives: the highest a mapped value names, else the default
     * role, else none.
     */
    Role roleFor(Object claim) {
        Map<String, Role> m = mapping();
        Iterable<?> values = claim instanceof Iterable<?> list
                ? list
                : claim == null ? java.util.List.of() : java.util.List.of(claim);
        Role best = null;
        for (Object v : values) {
            Role r = m.get(String.valueOf(v));
            if (r != null && (best == null || r.outranks(best))) {
                best = r;
            }
        }
        return best != null ? best : defaultRole;
    }

    Long getTenantId() {
        return tenantId;
    }

    int getVersion() {
        return version;
    }

    boolean isEnabled() {
        return enabled;
    }

    String getProviderName() {
        return providerName;
    }

    String getIssuer() {
        return issuer;
    }

    String getClientId() {
        return clientId;
    }

    String getClientSecret() {
        return clientSecret;
    }

    String getRoleClaim() {
        return roleClaim;
    }

    String getRoleMapping() {
        return roleMapping;
    }

    Role getDefaultRole() {
        return defaultRole;
    }

    boolean isSsoOnly() {
        return ssoOnly;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    void apply(SsoDraft d, String secret, Instant at) {
        this.enabled = d.isEnabled();
        this.providerName = d.getProviderName().strip();
        this.issuer = d.getIssuer().strip();
        this.clientId = d.getClientId().strip();
        this.clientSecret = secret;
        this.roleClaim = d.getRoleClaim().strip();
        this.roleMapping = d.getRoleMapping() == null ? "" : d.getRoleMapping().strip();
        this.defaultRole = d.getDefaultRole();
        this.ssoOnly = d.isSsoOnly();
        this.updatedAt = at;
    }
}
