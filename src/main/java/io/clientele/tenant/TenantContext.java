package io.clientele.tenant;

import io.clientele.security.CurrentUser;
import java.util.function.Supplier;

/**
 * The tenant that the current unit of work belongs to: the logged-in user's active tenant, or an
 * explicit one for start-up and background work. Hibernate reads it through {@link TenantResolver}.
 */
public final class TenantContext {
    /** Matches no row: work without a tenant sees nothing rather than everything. */
    public static final long NONE = -1L;

    private static final ThreadLocal<Long> EXPLICIT = new ThreadLocal<>();

    private TenantContext() {}

    /** The current tenant id, or {@link #NONE}. */
    public static long current() {
        Long explicit = EXPLICIT.get();
        if (explicit != null) {
            return explicit;
        }
        return CurrentUser.get()
                .map(u -> u.activeTenantId())
                .filter(id -> id != null)
                .orElse(NONE);
    }

    public static long require() {
        long id = current();
        if (id == NONE) {
            throw new IllegalStateException("No tenant selected");
        }
        return id;
    }

    public static <T> T call(long tenantId, Supplier<T> work) {
        Long previous = EXPLICIT.get();
        EXPLICIT.set(tenantId);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                EXPLICIT.remove();
            } else {
                EXPLICIT.set(previous);
            }
        }
    }

    public static void run(long tenantId, Runnable work) {
        call(tenantId, () -> {
            work.run();
            return null;
        });
    }
}
