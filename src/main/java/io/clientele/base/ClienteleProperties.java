package io.clientele.base;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Everything a self-hoster can set under {@code clientele.*} (see README). */
@ConfigurationProperties("clientele")
public record ClienteleProperties(
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("no-reply@clientele.local") String mailFrom,
        @DefaultValue("false") boolean demo,
        /** Generated customers per demo tenant: raise it to try the console (or a crash test) at scale. */
        @DefaultValue("300") int demoCustomers,
        @DefaultValue Security security,
        @DefaultValue Admin admin,
        @DefaultValue Api api,
        @DefaultValue Webhooks webhooks) {

    /** REST API: requests per key and minute (each node counts its own). */
    public record Api(@DefaultValue("120") int requestsPerMinute) {}

    /**
     * Webhook deliveries: how often the worker looks for due ones, the wait before each retry (one attempt more than
     * delays), how many failed attempts in a row disable an endpoint, and whether private, loopback and link-local
     * addresses may be called (never in production: it would let a webhook reach the internal network).
     */
    public record Webhooks(
            @DefaultValue("true") boolean worker,
            @DefaultValue("2s") Duration pollInterval,

            @DefaultValue({"5s", "5m", "30m", "2h", "5h", "10h"})
            java.util.List<Duration> retryDelays,

            @DefaultValue("20") int disableAfter,
            @DefaultValue("10s") Duration timeout,
            @DefaultValue("false") boolean allowPrivateAddresses) {}

    public record Security(
            @DefaultValue("5") int maxFailedLogins,
            @DefaultValue("15m") Duration lockoutDuration,
            @DefaultValue("24h") Duration resetLinkValidity,
            @DefaultValue("14d") Duration rememberMeValidity,
            String rememberMeKey) {}

    /** The first SYSTEM_ADMIN, from CLIENTELE_ADMIN_EMAIL / CLIENTELE_ADMIN_PASSWORD. */
    public record Admin(
            @DefaultValue("admin@clientele.local") String email,
            String password,
            @DefaultValue("Default") String tenant) {}
}
