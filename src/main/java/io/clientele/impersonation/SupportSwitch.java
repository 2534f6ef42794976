package io.clientele.impersonation;

import io.clientele.security.CurrentUser;
import io.clientele.security.LoginAttempts;
import io.clientele.security.SystemAuthentication;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Starts and ends the browser session's support session. The staff member stays signed in as themselves; the
 * customer's identity is used only by the portal tab the session opened ({@link SupportTabs}).
 */
@Component
public class SupportSwitch {
    private final ImpersonationService impersonation;
    private final LoginAttempts users;

    SupportSwitch(ImpersonationService impersonation, LoginAttempts users) {
        this.impersonation = impersonation;
        this.users = users;
    }

    /**
     * Starts the session the token names and makes the customer the identity of this request and of the portal
     * tab it opens. A support session still running in this browser (its tab closed without End) ends first.
     */
    void enter(String token, HttpSession session) {
        Authentication staff = SecurityContextHolder.getContext().getAuthentication();
        if (staff instanceof SupportAuthentication) {
            throw new AccessDeniedException("Already in a support session");
        }
        SupportTabs.tab(session)
                .filter(t -> !t.authentication().expired())
                .ifPresent(running -> SystemAuthentication.as(
                        running.authentication(), () -> leave(SupportSession.EndReason.ENDED, session)));
        ImpersonationService.Entry entry = impersonation.enter(token);
        CurrentUser customer = users.loadUserByUsername(entry.loginEmail());
        customer.eraseCredentials();
        SupportAuthentication support = new SupportAuthentication(customer.supportedBy(entry.support()), staff);
        SupportTabs.open(session, support);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(support);
        SecurityContextHolder.setContext(context);
    }

    /** The support session running in this request, if any. */
    public static Optional<CurrentUser.Support> current() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof SupportAuthentication s
                ? s.customer().support()
                : Optional.empty();
    }

    /**
     * Ends the support session this request runs in (recorded and audited as the staff member); the rest of the
     * request runs as the staff member. Returns the customer's id.
     */
    public Optional<Long> leave(SupportSession.EndReason why, HttpSession session) {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof SupportAuthentication s)) {
            return Optional.empty();
        }
        impersonation.end(why);
        SupportTabs.tab(session).filter(t -> t.authentication() == s).ifPresent(t -> SupportTabs.close(session));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(s.staff());
        SecurityContextHolder.setContext(context);
        return s.customer().customerScope();
    }
}
