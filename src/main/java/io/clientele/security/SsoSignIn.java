package io.clientele.security;

import io.clientele.audit.AuditService;
import io.clientele.audit.Summary;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A staff member signed in by the tenant's provider: the provider's answer (its ID token checked by Spring Security:
 * issuer, audience, signature, expiry) becomes the tenant's staff login with the role the claim maps to — made on
 * first sign-in, its role following the provider after that — and then the same signed-in session a password gives.
 * The provider is the second factor's place: no code is asked for. A refusal is shown on the login page.
 */
@Component
class SsoSignIn {
    private final SsoSettingsRepository settings;
    private final UserAccountRepository accounts;
    private final ExternalSignIn signIn;
    private final AuditService audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final OidcUserService oidc = new OidcUserService();

    SsoSignIn(
            SsoSettingsRepository settings,
            UserAccountRepository accounts,
            ExternalSignIn signIn,
            AuditService audit,
            TransactionTemplate tx,
            Clock clock) {
        this.settings = settings;
        this.accounts = accounts;
        this.signIn = signIn;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** Spring Security's OIDC user, after the tenant's login for it is made or brought up to date. */
    OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = oidc.loadUser(request);
        Long tenant = SsoClients.tenantOf(request.getClientRegistration().getRegistrationId());
        provision(tenant, user.getClaims());
        return user;
    }

    /** Makes or updates the tenant's staff login for the provider's claims, in its own transaction. */
    void provision(long tenantId, Map<String, Object> claims) {
        tx.executeWithoutResult(status -> provisionNow(tenantId, claims));
    }

    private void provisionNow(long tenantId, Map<String, Object> claims) {
        SsoSettings s = settings.findById(tenantId)
                .filter(SsoSettings::isEnabled)
                .orElseThrow(() -> refused("login.refused.sso-off", null));
        String email = claims.get("email") instanceof String e && !e.isBlank() ? e.strip() : null;
        if (email == null) {
            throw refused("login.refused.sso-no-email", null);
        }
        Role role = s.roleFor(claims.get(s.getRoleClaim()));
        if (role == null || !Role.assignableStaffRoles().contains(role)) {
            audit.recordSecurity(
                    tenantId, null, email, "SSO_REFUSED", Summary.of(String.valueOf(claims.get(s.getRoleClaim()))));
            throw refused("login.refused.sso-unmapped-role", email);
        }
        UserAccount a = accounts.findByEmailIgnoreCase(email).orElse(null);
        Instant now = Instant.now(clock);
        if (a == null) {
            a = new UserAccount(
                    tenantId,
                    email,
                    claims.get("given_name") instanceof String g ? g : null,
                    claims.get("family_name") instanceof String f ? f : null);
            a.setStaffRole(role);
            a.setBookable(true);
            a.setEmailVerifiedAt(now);
            accounts.save(a);
            audit.recordSecurity(tenantId, a.getId(), email, "SSO_PROVISIONED", Summary.of(role));
            return;
        }
        if (!Long.valueOf(tenantId).equals(a.getTenantId()) || a.getStaffRole() == null) {
            throw refused("login.refused.sso-email-in-use", email);
        }
        if (a.isInvited()) {
            a.acceptInvitation(now);
        }
        // Owners keep their role whatever the provider says: they are the way back in (break-glass).
        if (a.getStaffRole() != role && a.getStaffRole() != Role.OWNER) {
            audit.recordSecurity(tenantId, a.getId(), email, "SSO_ROLE_CHANGED", Summary.of(a.getStaffRole(), role));
            a.setStaffRole(role);
        }
    }

    private static OAuth2AuthenticationException refused(String key, String email) {
        return new OAuth2AuthenticationException(new OAuth2Error(key, email, null), key);
    }

    /** The session's identity becomes the staff login, as after a password (and its code). */
    void succeeded(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        String email = ((OidcUser) authentication.getPrincipal()).getEmail();
        String refusal = signIn.complete(email, request, response);
        if (refusal != null) {
            failed(request, response, new DisabledException(refusal));
            return;
        }
        response.sendRedirect(request.getContextPath() + "/");
    }

    /** Back to the login page, which says why (a refusal) or that the provider's answer was not accepted. */
    void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        AuthenticationException shown = e.getMessage() != null && e.getMessage().startsWith("login.refused.")
                ? new DisabledException(e.getMessage())
                : new DisabledException("login.refused.sso-failed");
        request.getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, shown);
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
