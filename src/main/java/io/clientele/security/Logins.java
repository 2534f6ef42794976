package io.clientele.security;

import io.clientele.base.SecretTokens;
import io.clientele.tenant.Tenant;
import io.clientele.tenant.TenantContext;
import io.clientele.tenant.TenantService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** What the login services share: finding a login of the tenant, the password policy, the tenant's name in mail. */
@Component
class Logins {
    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final TenantService tenants;

    Logins(UserAccountRepository accounts, PasswordEncoder encoder, TenantService tenants) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.tenants = tenants;
    }

    /** A login of the current tenant, or "access denied" for any other id. */
    UserAccount inTenant(long userId) {
        return accounts.findByIdAndTenantId(userId, TenantContext.require())
                .orElseThrow(() -> new AccessDeniedException("No such login in this tenant"));
    }

    /** A portal login of this tenant, or a staff login the caller outranks. */
    UserAccount resettable(long userId) {
        UserAccount a = inTenant(userId);
        if (a.getStaffRole() == null && a.getPortalRole() == null) {
            throw new AccessDeniedException("Not a portal login");
        }
        if (!CurrentUser.require().mayResetPasswordOf(a.getStaffRole())) {
            throw new AccessDeniedException(
                    "Only a higher role may reset the password of a " + a.getStaffRole() + " login");
        }
        return a;
    }

    void applyPassword(UserAccount a, String password) {
        PasswordPolicy.violation(password, a.getEmail()).ifPresent(key -> {
            throw new InvalidPasswordException(key);
        });
        a.setPasswordHash(encoder.encode(password));
    }

    String hash(String password) {
        return encoder.encode(password);
    }

    boolean matches(String password, UserAccount a) {
        return encoder.matches(password, a.getPasswordHash());
    }

    String tenantName(UserAccount a) {
        return a.getTenantId() == null
                ? "Clientele"
                : tenants.find(a.getTenantId()).map(Tenant::getName).orElse("Clientele");
    }

    static String sha256(String value) {
        return SecretTokens.sha256(value);
    }
}
