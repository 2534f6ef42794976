package io.clientele.portal;

import io.clientele.security.SystemAuthentication;
import io.clientele.security.UserAccount;
import io.clientele.security.UserAccountService;
import java.util.concurrent.atomic.AtomicLong;

/** App users made the way staff make them: a portal login and its customer in one step. */
public final class PortalTestData {
    private PortalTestData() {}

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

    /** A plan of the tenant (plans are the tenant's catalogue; no screen edits them yet). */
    public static long plan(
            org.springframework.jdbc.core.JdbcTemplate jdbc, long tenantId, String name, int minutes, long priceCents) {
        jdbc.update(
                "INSERT INTO plan (tenant_id, version, name, minutes_included, price_cents, currency, active, "
                        + "created_at) VALUES (?, 0, ?, ?, ?, 'NOK', TRUE, CURRENT_TIMESTAMP)",
                tenantId,
                name,
                minutes,
                priceCents);
        return jdbc.queryForObject("SELECT id FROM plan WHERE tenant_id = ? AND name = ?", Long.class, tenantId, name);
    }

    public static UserAccount login(UserAccountService users, String email) {
        return users.findByEmail(email).orElseThrow();
    }
}
