package io.clientele.customer;

import io.clientele.security.Role;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One line of the Customers list: plain data, no lazy associations; {@code consents} by consent field id. */
public record CustomerRow(
        long id,
        String displayName,
        String firstName,
        String lastName,
        String email,
        String phone,
        CustomerType type,
        CustomerStatus status,
        boolean allTeams,
        List<String> teams,
        List<String> groups,
        boolean push,
        Instant nextVisit,
        Instant createdAt,
        Instant lastLoginAt,
        boolean hasAvatar,
        boolean deleted,
        Long loginId,
        Role loginStaffRole,
        Map<Long, Consent> consents) {

    public boolean hasLogin() {
        return loginId != null;
    }
}
