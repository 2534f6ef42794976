package io.clientele.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Turns Spring Security's login events into lock-out bookkeeping and audit events. */
@Component
class LoginAuditor {
    private final UserAccountService users;

    LoginAuditor(UserAccountService users) {
        this.users = users;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        users.loginSucceeded(event.getAuthentication().getName());
    }

    @EventListener
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        users.loginFailed(event.getAuthentication().getName());
    }

    @EventListener
    void onRefused(AuthenticationFailureDisabledEvent event) {
        users.loginRefused(event.getAuthentication().getName(), event.getException().getMessage());
    }

    @EventListener
    void onLocked(AuthenticationFailureLockedEvent event) {
        users.loginRefusedWhileLocked(event.getAuthentication().getName());
    }
}
