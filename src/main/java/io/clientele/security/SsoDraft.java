package io.clientele.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The Single sign-on form. A blank client secret keeps the stored one. */
public class SsoDraft {
    private boolean enabled;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.max-length}")
    private String providerName = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = 500, message = "{validation.max-length}")
    @Pattern(regexp = "https?://\\S+", message = "{validation.url}")
    private String issuer = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.max-length}")
    private String clientId = "";

    @Size(max = 500, message = "{validation.max-length}")
    private String clientSecret = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.max-length}")
    private String roleClaim = "roles";

    @Size(max = 2000, message = "{validation.max-length}")
    private String roleMapping = "";

    private Role defaultRole;
    private boolean ssoOnly;
    private int version;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getProviderName() {
        return providerName;
    }

    public void setProviderName(String providerName) {
        this.providerName = providerName;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getRoleClaim() {
        return roleClaim;
    }

    public void setRoleClaim(String roleClaim) {
        this.roleClaim = roleClaim;
    }

    public String getRoleMapping() {
        return roleMapping;
    }

    public void setRoleMapping(String roleMapping) {
        this.roleMapping = roleMapping;
    }

    public Role getDefaultRole() {
        return defaultRole;
    }

    public void setDefaultRole(Role defaultRole) {
        this.defaultRole = defaultRole;
    }

    public boolean isSsoOnly() {
        return ssoOnly;
    }

    public void setSsoOnly(boolean ssoOnly) {
        this.ssoOnly = ssoOnly;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
