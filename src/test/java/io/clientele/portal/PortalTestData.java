package io.clientele.portal;

import io.clientele.security.SystemAuthentication;
import io.clientele.security.UserAccount;
import io.clientele.security.UserAccountService;
import java.util.concurrent.atomic.AtomicLong;

/** App users made the way staff make them: a portal login and its customer in one step. */
public final class PortalTestData {
    private PortalTestData() {
    }

    public static long appUser(AppUserService appUsers, long tenantId, String email, String fullName) {
        AtomicLong id = new AtomicLong();
        SystemAuthentication.run(tenantId, () -> {
            AppUserDraft d = new AppUserDraft();
            d.setEmail(email);
            d.setPassword(io.clientele.TestData.PASSWORD);
            d.setFullName(fullName);
            d.setCompany("Northwind Clinic");
            id.set(appUsers.create(d));
        });
        return id.get();
    }

    public static UserAccount login(UserAccountService users, String email) {
        return users.findByEmail(email).orElseThrow();
    }
}
