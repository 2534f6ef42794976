package io.clientele.security;

import io.clientele.tenant.TenantContext;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Start-up and background work (demo data, bulk generation) runs through the same authorized
 * services as a person would, as the platform itself inside one tenant.
 */
public final class SystemAuthentication {
    private SystemAuthentication() {}

    public static void run(long tenantId, Runnable work) {
        as(system(tenantId), () -> TenantContext.run(tenantId, work));
    }

    /** Runs {@code work} as the platform outside any tenant (first start, the platform's own logins); its result. */
    public static <T> T platform(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        as(system(null), () -> result.set(work.get()));
        return result.get();
    }

    /** The platform itself as a signed-in SYSTEM_ADMIN, at home in {@code tenantId} (none: outside every tenant). */
    private static Authentication system(Long tenantId) {
        CurrentUser system =
                new CurrentUser(0, "system", null, "System", tenantId, Set.of(Role.SYSTEM_ADMIN), true, null, "en");
        return UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities());
    }

    /** Runs {@code work} as {@code who}, then gives the thread its previous identity back. */
    public static void as(Authentication who, Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(who);
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
