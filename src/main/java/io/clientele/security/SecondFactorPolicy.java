package io.clientele.security;

import io.clientele.tenant.Tenant;
import io.clientele.tenant.TenantService;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What a sign-in owes before the login's roles count, decided when the login is loaded (by password or by a
 * remember-me cookie): the code when the login has a second factor and the browser is not remembered; enrolment when
 * the tenant requires a second factor the login does not have.
 */
@Component
class SecondFactorPolicy {
    /** The cookie of a browser remembered for 30 days; only its hash is stored. */
    static final String COOKIE = TwoFactor.REMEMBER_COOKIE;

    private final JdbcClient jdbc;
    private final TenantService tenants;
    private final Clock clock;

    SecondFactorPolicy(JdbcClient jdbc, TenantService tenants, Clock clock) {
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.clock = clock;
    }

    CurrentUser.SecondFactor owed(UserAccount a) {
        if (a.getStaffRole() == null) {
            return CurrentUser.SecondFactor.NONE;
        }
        if (a.hasSecondFactor()) {
            return rememberToken().filter(t -> remembered(a.getId(), t)).isPresent()
                    ? CurrentUser.SecondFactor.NONE
                    : CurrentUser.SecondFactor.VERIFY;
        }
        return required(a) ? CurrentUser.SecondFactor.ENROL : CurrentUser.SecondFactor.NONE;
    }

    /** The tenant requires a second factor of this login: staff from ADMIN up, when its policy says so. */
    boolean required(UserAccount a) {
        return a.getTenantId() != null
                && a.getStaffRole() != null
                && !Role.ADMIN.outranks(a.getStaffRole())
                && tenants.find(a.getTenantId()).map(Tenant::isRequireTwoFactor).orElse(false);
    }

    private boolean remembered(long userId, String token) {
        return jdbc.sql("SELECT count(*) FROM trusted_browser WHERE user_account_id = ? AND token_hash = ? "
                                + "AND expires_at > ?")
                        .params(userId, Logins.sha256(token), Timestamp.from(Instant.now(clock)))
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static Optional<String> rememberToken() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Optional.empty();
        }
        HttpServletRequest request = attributes.getRequest();
        return Optional.ofNullable(request.getCookies()).stream()
                .flatMap(Arrays::stream)
                .filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst();
    }
}
