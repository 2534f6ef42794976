package io.clientele.security;

import java.time.Instant;

/** What decides whether a login's open sessions may go on: checked on every request of a logged-in browser. */
record LoginState(int sessionVersion, boolean enabled, Instant lockedUntil, Instant tenantSuspendedAt) {
    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
