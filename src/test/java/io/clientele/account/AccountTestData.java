package io.clientele.account;

import io.clientele.TestData;
import io.clientele.base.Choice;
import io.clientele.customer.CustomerStatus;
import io.clientele.organization.OrgNumbers;
import io.clientele.organization.OrganizationDraft;
import io.clientele.organization.OrganizationService;
import io.clientele.security.Role;
import io.clientele.security.SystemAuthentication;
import io.clientele.security.UserAccount;
import io.clientele.security.UserAccountService;
import java.util.concurrent.ThreadLocalRandom;

/** Organizations, guests and customer accounts through the real services, as the logged-in ADMIN. */
public class AccountTestData {
    private final OrganizationService organizations;
    private final CustomerAccountService accounts;
    private final UserAccountService users;

    public AccountTestData(
            OrganizationService organizations, CustomerAccountService accounts, UserAccountService users) {
        this.organizations = organizations;
        this.accounts = accounts;
        this.users = users;
    }

    /** A valid Norwegian organization number that is almost surely unused. */
    public static String orgNumber() {
        while (true) {
            String base = String.valueOf(ThreadLocalRandom.current().nextInt(80_000_000, 99_999_999));
            int check = OrgNumbers.checkDigit(base);
            if (check >= 0) {
                return base + check;
            }
        }
    }

    public static OrganizationDraft draft(String name) {
        OrganizationDraft d = new OrganizationDraft();
        d.setName(name);
        d.setOrgNumber(orgNumber());
        d.setAddress("Storgata 1");
        d.setPostCode("0150");
        d.setMunicipality("Oslo");
        d.setRegion("Oslo");
        d.setCountry("NO");
        return d;
    }

    public long organization(String name) {
        return organizations.create(draft(name));
    }

    public UserAccount guest(long tenantId, String first, String last) {
        return SystemAuthentication.platform(() -> users.create(
                tenantId, TestData.uniqueEmail(first.toLowerCase()), first, last, TestData.PASSWORD, null, Role.GUEST));
    }

    public long account(long tenantId, String organizationName, boolean sharedBilling) {
        long org = organization(organizationName);
        UserAccount admin = guest(tenantId, "Admin", "Of " + organizationName);
        return accounts.create(draft(org, organizationName, admin, sharedBilling));
    }

    public static AccountDraft draft(long organizationId, String organizationName, UserAccount admin, boolean shared) {
        AccountDraft d = new AccountDraft();
        d.setOrganization(new Choice(organizationId, organizationName, ""));
        d.setAdmin(new Choice(admin.getId(), admin.displayName(), admin.getEmail()));
        d.setStatus(CustomerStatus.ACTIVE);
        d.setAllowSharedBilling(shared);
        return d;
    }
}
