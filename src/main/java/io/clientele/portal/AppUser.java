package io.clientele.portal;

import io.clientele.customer.CustomerStatus;
import java.time.Instant;

/** A row of White label → App users: a customer with a portal login. */
public record AppUser(
        long customerId,
        long loginId,
        String name,
        String email,
        String company,
        CustomerStatus status,
        Instant deletedAt,
        Instant joinedAt,
        Instant lastLoginAt,
        boolean hasAvatar,
        int version) {
    public boolean deleted() {
        return deletedAt != null;
    }
}
