package io.clientele.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * A sign-in that something other than the password checked (the tenant's identity provider, a passkey): the session
 * then holds the login itself, as after a password and its code, unless the login may not sign in now. Both factors
 * were the provider's or the device's, so no code is asked for.
 */
@Component
class ExternalSignIn {
    private final LoginAttempts logins;
    private final LoginSessions sessions;
    private final SecurityContextRepository contexts;

    ExternalSignIn(LoginAttempts logins, LoginSessions sessions, SecurityContextRepository contexts) {
        this.logins = logins;
        this.sessions = sessions;
        this.contexts = contexts;
    }

    /** Signs {@code email} in on this session; the refusal's message key, or null when signed in. */
    String complete(String email, HttpServletRequest request, HttpServletResponse response) {
        CurrentUser user = logins.loadUserByUsername(email);
        String refusal = user.loginRefusal() != null
                ? user.loginRefusal()
                : !user.isEnabled()
                        ? "login.refused.disabled"
                        : !user.isAccountNonLocked() ? "login.refused.locked" : null;
        SecurityContext context;
        if (refusal != null) {
            logins.loginRefused(email, refusal);
            context = SecurityContextHolder.createEmptyContext();
        } else {
            user.owe(CurrentUser.SecondFactor.NONE);
            user.eraseCredentials();
            context = user.signedInContext();
            logins.loginSucceeded(email, request.getRemoteAddr(), request.getHeader("User-Agent"));
            sessions.register(user.userId(), request.getSession());
        }
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return refusal;
    }
}
