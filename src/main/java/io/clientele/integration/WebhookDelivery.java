package io.clientele.integration;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** One event for one endpoint: an outbox row until delivered, then a line of the endpoint's delivery log. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {
    public enum Status {
        PENDING,
        DELIVERED,
        FAILED
    }

    @Id
    private Long id;

    @TenantId
    private Long tenantId;

    private Long endpointId;
    private String messageId;
    private String eventType;
    private String payload;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int attempts;
    private Instant nextAttemptAt;
    private Integer statusCode;
    private Integer latencyMs;
    private String responseExcerpt;
    private Instant createdAt;
    private Instant lastAttemptAt;

    protected WebhookDelivery() {}

    public Long getId() {
        return id;
    }

    public Long getEndpointId() {
        return endpointId;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getEventType() {
        return eventType;
    }

    public String getPayload() {
        return payload;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Integer getStatusCode() {
        return statusCode;
    }

    public Integer getLatencyMs() {
        return latencyMs;
    }
    /** The start of the receiver's answer, or why no answer came ("Connection refused"). */
    public String getResponseExcerpt() {
        return responseExcerpt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastAttemptAt() {
        return lastAttemptAt;
    }
}
