package io.clientele.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Turns Spring Security's login events into lock-out bookkeeping and audit events. */
@Component
class LoginAuditor {
    private final LoginAttempts users;
    private final LoginSessions sessions;

    LoginAuditor(LoginAttempts users, LoginSessions sessions) {
        this.users = users;
        this.sessions = sessions;
    }

    /** Where the login came from is read off the HTTP request that carried it (none for logins made in code). */
    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest()
                : null;
        users.loginSucceeded(
                event.getAuthentication().getName(),
                request == null ? null : request.getRemoteAddr(),
                request == null ? null : request.getHeader("User-Agent"));
        if (request != null && event.getAuthentication().getPrincipal() instanceof CurrentUser user) {
            sessions.register(user.userId(), request.getSession());
        }
    }

    @EventListener
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        users.loginFailed(event.getAuthentication().getName());
    }

    @EventListener
    void onRefused(AuthenticationFailureDisabledEvent event) {
        users.loginRefused(
                event.getAuthentication().getName(), event.getException().getMessage());
    }

    @EventListener
    void onLocked(AuthenticationFailureLockedEvent event) {
        users.loginRefusedWhileLocked(event.getAuthentication().getName());
    }
}
