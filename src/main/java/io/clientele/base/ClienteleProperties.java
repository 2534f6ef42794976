package io.clientele.base;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import java.time.Duration;

/** Everything a self-hoster can set under {@code clientele.*} (see README). */
@ConfigurationProperties("clientele")
public record ClienteleProperties(
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("no-reply@clientele.local") String mailFrom,
        @DefaultValue("false") boolean demo,
        /** Generated customers per demo tenant: raise it to try the console (or a crash test) at scale. */
        @DefaultValue("300") int demoCustomers,
        @DefaultValue Security security,
        @DefaultValue Admin admin) {

    public record Security(
            @DefaultValue("5") int maxFailedLogins,
            @DefaultValue("15m") Duration lockoutDuration,
            @DefaultValue("24h") Duration resetLinkValidity,
            @DefaultValue("14d") Duration rememberMeValidity,
            String rememberMeKey) {
    }

    /** The first SYSTEM_ADMIN, from CLIENTELE_ADMIN_EMAIL / CLIENTELE_ADMIN_PASSWORD. */
    public record Admin(@DefaultValue("admin@clientele.local") String email, String password,
                        @DefaultValue("Default") String tenant) {
    }
}
