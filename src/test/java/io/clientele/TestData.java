package io.clientele;

import io.clientele.customer.CustomerDraft;
import io.clientele.customer.CustomerService;
import io.clientele.customer.CustomerStatus;
import io.clientele.customer.CustomerType;
import io.clientele.security.CurrentUser;
import io.clientele.security.LoginAttempts;
import io.clientele.security.Role;
import io.clientele.security.SystemAuthentication;
import io.clientele.security.UserAccount;
import io.clientele.security.UserAccountService;
import io.clientele.tenant.TenantService;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Builds isolated fixtures: every test gets its own tenant, so tests never see each other's rows. */
public class TestData {
    public static final String PASSWORD = "Correct-horse-battery-9";
    private final TenantService tenants;
    private final UserAccountService users;
    private final LoginAttempts logins;
    private final CustomerService customers;

    public TestData(TenantService tenants, UserAccountService users, LoginAttempts logins, CustomerService customers) {
        this.logins = logins;
        this.tenants = tenants;
        this.users = users;
        this.customers = customers;
    }

    public long tenant() {
        return tenants.createIfMissing("Tenant " + UUID.randomUUID(), "NO").getId();
    }

    public UserAccount staff(long tenantId, Role role) {
        return SystemAuthentication.platform(() -> users.create(
                tenantId,
                role.name().toLowerCase() + "-" + UUID.randomUUID() + "@test.example",
                "Test",
                role.name(),
                PASSWORD,
                role,
                null));
    }

    public UserAccount portalLogin(long tenantId, String email) {
        return SystemAuthentication.platform(
                () -> users.create(tenantId, email, "Portal", "User", PASSWORD, null, Role.CUSTOMER));
    }

    public long customer(long tenantId, String first, String last, String email, String phone, CustomerStatus status) {
        AtomicLong id = new AtomicLong();
        SystemAuthentication.run(tenantId, () -> {
            CustomerDraft d = new CustomerDraft();
            d.setType(CustomerType.INDIVIDUAL);
            d.setFirstName(first);
            d.setLastName(last);
            d.setEmail(email == null ? "" : email);
            d.setPhone(phone == null ? "" : phone);
            d.setStatus(status);
            id.set(customers.create(d));
        });
        return id.get();
    }

    /** Logs the account in on this thread, as the login form would. */
    public CurrentUser loginAs(UserAccount account) {
        CurrentUser user = logins.loadUserByUsername(account.getEmail());
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    public static void logout() {
        SecurityContextHolder.clearContext();
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
    }
}
