package io.clientele.integration;

import io.clientele.base.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** Where the tenant (or one business customer) wants to hear about events; deliveries are signed with the secret. */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint extends TenantEntity {
    private Long customerId;
    private String url;
    private String events;
    private String secret;
    private boolean enabled;
    private int failuresInRow;
    private String disabledReason;

    protected WebhookEndpoint() {}

    WebhookEndpoint(Long customerId, String secret) {
        this.customerId = customerId;
        this.secret = secret;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getUrl() {
        return url;
    }

    public Set<String> getEvents() {
        return new LinkedHashSet<>(Arrays.asList(events.split(" ")));
    }
    /** The signing secret ({@code whsec_…}), which the receiver needs to check signatures. */
    public String getSecret() {
        return secret;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailuresInRow() {
        return failuresInRow;
    }
    /** Why the worker switched the endpoint off, or null. */
    public String getDisabledReason() {
        return disabledReason;
    }

    void apply(String url, Set<String> events, boolean enabled) {
        this.url = url;
        this.events = String.join(" ", events);
        if (enabled && !this.enabled) {
            failuresInRow = 0;
            disabledReason = null;
        }
        this.enabled = enabled;
    }
}
