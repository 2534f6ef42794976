package io.clientele.impersonation;

import io.clientele.security.CurrentUser;
import io.clientele.security.UserAccountService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Swaps the browser session's authentication between the staff member and the customer they support. The console
 * and the portal share the session (one cookie), so while a session runs every tab is the customer's.
 */
@Component
public class SupportSwitch {
    private final ImpersonationService impersonation;
    private final UserAccountService users;
    private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SupportSwitch(ImpersonationService impersonation, UserAccountService users) {
        this.impersonation = impersonation;
        this.users = users;
    }

    /** Starts the session the token names and makes the customer this browser session's user. */
    void enter(String token, HttpServletRequest request, HttpServletResponse response) {
        Authentication staff = SecurityContextHolder.getContext().getAuthentication();
        if (staff instanceof SupportAuthentication) {
            throw new AccessDeniedException("Already in a support session");
        }
        ImpersonationService.Entry entry = impersonation.enter(token);
        CurrentUser customer = users.loadUserByUsername(entry.loginEmail());
        customer.eraseCredentials();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new SupportAuthentication(customer.supportedBy(entry.support()), staff));
        SecurityContextHolder.setContext(context);
        // A new identity gets a new session id, as a login does.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        repository.saveContext(context, request, response);
    }

    /** The support session running in this request, if any. */
    public static Optional<CurrentUser.Support> current() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof SupportAuthentication s
                ? s.customer().support() : Optional.empty();
    }

    /**
     * Ends the running support session (recorded and audited as the staff member) and gives the session back to the
     * staff member. {@code store} writes the context where this request keeps it. Returns the customer's id.
     */
    public Optional<Long> leave(SupportSession.EndReason why, Consumer<SecurityContext> store) {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof SupportAuthentication s)) {
            return Optional.empty();
        }
        impersonation.end(why);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(s.staff());
        SecurityContextHolder.setContext(context);
        store.accept(context);
        return s.customer().customerScope();
    }

    Optional<Long> leave(SupportSession.EndReason why, HttpServletRequest request, HttpServletResponse response) {
        return leave(why, context -> repository.saveContext(context, request, response));
    }
}
