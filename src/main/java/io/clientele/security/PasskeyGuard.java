package io.clientele.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthentication;
import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;

/**
 * After a passkey sign-in, Spring Security's session holds the passkey's WebAuthn user: on the browser's next request
 * it becomes the login itself, as a password (and its code) would make it. A passkey is two factors in one, so no
 * code is asked for; a login that may not sign in (deactivated, locked, suspended tenant) is signed out again.
 */
@Component
@Order(0)
class PasskeyGuard implements SessionGuard {
    private final ExternalSignIn signIn;
    private final SecurityContextRepository contexts;

    PasskeyGuard(ExternalSignIn signIn, SecurityContextRepository contexts) {
        this.signIn = signIn;
        this.contexts = contexts;
    }

    @Override
    public boolean check(HttpServletRequest request, HttpServletResponse response) {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof WebAuthnAuthentication)) {
            return true;
        }
        // The browser may send several requests at once after signing in: the first turns the session, the others
        // find it turned.
        synchronized (WebUtils.getSessionMutex(request.getSession())) {
            SecurityContext saved = contexts.loadDeferredContext(request).get();
            if (saved.getAuthentication() instanceof WebAuthnAuthentication passkey) {
                signIn.complete(passkey.getName(), request, response);
            } else {
                SecurityContextHolder.setContext(saved);
            }
        }
        return true;
    }
}
