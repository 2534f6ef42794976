package io.clientele.account;

import io.clientele.customer.BillingInfo;
import io.clientele.organization.Organization;
import io.clientele.security.UserAccount;

/**
 * Everything the account page shows. {@code admin} is null when none is set; {@code billedBy} names the
 * account this one bills through, if any.
 */
public record AccountDetails(
        AccountRow row,
        Organization organization,
        UserAccount admin,
        BillingInfo billing,
        String billedBy,
        boolean adminHasAvatar) {}
