package io.clientele.customer;

import io.clientele.security.Role;
import java.time.Instant;

/** Everything the detail page shows about one customer. */
public record CustomerDetails(
        CustomerRow row,
        String firstName,
        String lastName,
        String companyName,
        String customerNumber,
        CustomerSource source,
        Instant updatedAt,
        String loginEmail,
        Role loginStaffRole,
        Role loginPortalRole,
        Long organizationId,
        int version) {

    /** A customer account: its page is the account page. */
    public boolean isAccount() {
        return organizationId != null;
    }
}
