package io.clientele.customer;

import io.clientele.security.LoginSucceeded;
import io.clientele.security.PortalLoginPolicy;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The customer behind a portal login decides whether it may sign in, and its Last login follows real logins.
 * Plain SQL with the tenant spelled out: at login time no tenant is in the security context yet.
 */
@Component
class CustomerLogins implements PortalLoginPolicy {
    private final JdbcClient jdbc;

    CustomerLogins(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> refusal(long tenantId, long userAccountId) {
        return jdbc.sql("SELECT status, deleted_at FROM customer WHERE tenant_id = ? AND user_account_id = ?")
                .params(tenantId, userAccountId)
                .query((rs, n) -> rs.getTimestamp("deleted_at") != null
                        ? "login.refused.deleted"
                        : switch (CustomerStatus.valueOf(rs.getString("status"))) {
                            case BLOCKED -> "login.refused.blocked";
                            case INACTIVE -> "login.refused.inactive";
                            case ACTIVE, PENDING -> "";
                        })
                .optional()
                .filter(key -> !key.isEmpty());
    }

    @Override
    public Optional<Long> customerOf(long tenantId, long userAccountId) {
        return jdbc.sql("SELECT id FROM customer WHERE tenant_id = ? AND user_account_id = ?")
                .params(tenantId, userAccountId)
                .query(Long.class)
                .optional();
    }

    /** Runs in the login's transaction: the customer row and the login's audit event commit together. */
    @EventListener
    void loginSucceeded(LoginSucceeded login) {
        if (login.tenantId() != null) {
            jdbc.sql("UPDATE customer SET last_login_at = ? WHERE tenant_id = ? AND user_account_id = ?")
                    .params(Timestamp.from(login.at()), login.tenantId(), login.userAccountId())
                    .update();
        }
    }
}
