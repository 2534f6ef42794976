package io.clientele.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthentication;
import org.springframework.stereotype.Component;

/**
 * After a passkey sign-in, Spring Security's session holds the passkey's WebAuthn user: on the browser's next request
 * it becomes the login itself, as a password (and its code) would make it. A passkey is two factors in one, so no
 * code is asked for; a login that may not sign in (deactivated, locked, suspended tenant) is signed out again.
 */
@Component
@Order(0)
class PasskeyGuard implements SessionGuard {
    private final LoginAttempts logins;
    private final LoginSessions sessions;
    private final SecurityContextRepository contexts;

    PasskeyGuard(LoginAttempts logins, LoginSessions sessions, SecurityContextRepository contexts) {
        this.logins = logins;
        this.sessions = sessions;
        this.contexts = contexts;
    }

    @Override
    public boolean check(HttpServletRequest request, HttpServletResponse response) {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof WebAuthnAuthentication passkey)) {
            return true;
        }
        String email = passkey.getName();
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
        return true;
    }
}
