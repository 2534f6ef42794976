package io.clientele.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Ends a browser session whose login may no longer use it: signed out everywhere or given a new password (a higher
 * session version, also when that happened on another node), disabled, locked, or a customer since blocked,
 * deactivated or deleted. The request goes on signed out, so the login page answers it. A support session is the
 * staff member's and ends by its own rules.
 */
@Component
@Order(2)
class LoginStateGuard implements SessionGuard {
    private final LoginAttempts users;
    private final PortalLoginPolicy portalLogins;

    LoginStateGuard(LoginAttempts users, PortalLoginPolicy portalLogins) {
        this.users = users;
        this.portalLogins = portalLogins;
    }

    @Override
    public boolean check(HttpServletRequest request, HttpServletResponse response) {
        CurrentUser.get()
                .filter(CurrentUser::isLogin)
                .filter(u -> u.support().isEmpty())
                .filter(u -> !mayGoOn(u))
                .ifPresent(u -> {
                    HttpSession session = request.getSession(false);
                    if (session != null) {
                        session.invalidate();
                    }
                    SecurityContextHolder.clearContext();
                });
        return true;
    }

    private boolean mayGoOn(CurrentUser user) {
        if (!users.sessionStillValid(user.userId(), user.sessionVersion())) {
            return false;
        }
        boolean portalLogin = user.roles().stream().noneMatch(Role::isStaff);
        return !portalLogin
                || user.activeTenantId() == null
                || portalLogins.refusal(user.activeTenantId(), user.userId()).isEmpty();
    }
}
