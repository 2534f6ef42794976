package io.clientele.account;

import io.clientele.customer.CustomerStatus;
import java.time.Instant;
import java.util.Set;

/** One line of the Customer accounts list. */
public record AccountRow(
        long id,
        long organizationId,
        String organizationName,
        String customerNumber,
        CustomerStatus status,
        Instant deletedAt,
        String adminName,
        boolean allowSharedBilling) {
    public boolean deleted() {
        return deletedAt != null;
    }

    public Set<AccountAction> actions() {
        return AccountAction.allowed(deleted(), allowSharedBilling);
    }
}
