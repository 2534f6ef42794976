package io.clientele.portal;

import java.time.Instant;

/** The Info tab: how and when a portal login last signed in, and its security state. */
public record LoginInfo(
        Instant lastLoginAt,
        String lastLoginIp,
        String lastLoginBrowser,
        int failedLogins,
        Instant lockedUntil,
        boolean forcePasswordChange,
        Instant emailVerifiedAt) {
    public boolean locked() {
        return lockedUntil != null && lockedUntil.isAfter(Instant.now());
    }
}
