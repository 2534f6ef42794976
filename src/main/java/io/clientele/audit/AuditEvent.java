package io.clientele.audit;

import jakarta.persistence.*;
import java.time.Instant;

/**
 * Append-only record of who did what, when, on whose behalf, with before/after. Platform events
 * (failed logins for unknown e-mails) have no tenant, so the tenant is set explicitly, not by @TenantId.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long tenantId;
    private Instant occurredAt = Instant.now();
    private Long actorId;
    private String actorEmail;
    private String onBehalfOf;
    private String action;
    private String entityType;
    private Long entityId;
    private String summary;
    private String beforeState;
    private String afterState;

    protected AuditEvent() {
    }

    AuditEvent(Long tenantId, Long actorId, String actorEmail, String action, String entityType, Long entityId,
               String summary, String beforeState, String afterState) {
        this.tenantId = tenantId;
        this.actorId = actorId;
        this.actorEmail = actorEmail;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.summary = summary;
        this.beforeState = beforeState;
        this.afterState = afterState;
    }

    /** Something a staff member did as a customer in a support session. */
    AuditEvent onBehalfOf(String customer) {
        this.onBehalfOf = customer;
        return this;
    }

    public Long getId() { return id; }
    public Long getTenantId() { return tenantId; }
    public Instant getOccurredAt() { return occurredAt; }
    public Long getActorId() { return actorId; }
    public String getActorEmail() { return actorEmail; }
    public String getOnBehalfOf() { return onBehalfOf; }
    public String getAction() { return action; }
    public String getEntityType() { return entityType; }
    public Long getEntityId() { return entityId; }
    public String getSummary() { return summary; }
    public String getBeforeState() { return beforeState; }
    public String getAfterState() { return afterState; }
}
