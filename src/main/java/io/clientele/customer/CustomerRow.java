package io.clientele.customer;

import io.clientele.security.Role;
import java.time.Instant;
import java.util.List;

/** One line of the Customers list: plain data, no lazy associations. */
public record CustomerRow(long id, String displayName, String firstName, String lastName, String email, String phone,
                          CustomerType type, CustomerStatus status, boolean allTeams, List<String> teams,
                          List<String> groups, boolean push, Instant nextVisit, Instant createdAt, Instant lastLoginAt,
                          boolean hasAvatar, boolean deleted, Long loginId, Role loginStaffRole) {

    public boolean hasLogin() {
        return loginId != null;
    }
}
