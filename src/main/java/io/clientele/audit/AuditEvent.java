package io.clientele.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
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
    private String summaryArgs;
    private String beforeState;
    private String afterState;

    protected AuditEvent() {}

    AuditEvent(
            Long tenantId,
            Long actorId,
            String actorEmail,
            String action,
            String entityType,
            Long entityId,
            String summary,
            String summaryArgs,
            String beforeState,
            String afterState) {
        this.tenantId = tenantId;
        this.actorId = actorId;
        this.actorEmail = actorEmail;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.summary = summary;
        this.summaryArgs = summaryArgs;
        this.beforeState = beforeState;
        this.afterState = afterState;
    }

    /** Something a staff member did as a customer in a support session. */
    AuditEvent onBehalfOf(String customer) {
        this.onBehalfOf = customer;
        return this;
    }

    public Long getId() {
        return id;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorEmail() {
        return actorEmail;
    }

    public String getOnBehalfOf() {
        return onBehalfOf;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }
    /** The stored English text, as searched and exported. */
    public String getSummary() {
        return summary;
    }

    /** The action's name in the reader's language. */
    public String actionLabel(java.util.Locale locale) {
        return actionLabel(action, locale);
    }

    /** An action code's name in the reader's language; an action without one shows its code. */
    public static String actionLabel(String action, java.util.Locale locale) {
        String key = "audit.action." + action;
        String label = io.clientele.base.Messages.text(locale, key);
        return label.equals(key) ? action : label;
    }

    /**
     * The actions whose name or summary in the reader's language holds {@code text}: summaries are stored in English
     * (with their values), so a reader searching in their own words finds the events by action too.
     */
    static java.util.Set<String> actionsNamed(String text, java.util.Locale locale) {
        String needle = text.strip().toLowerCase(locale);
        java.util.ResourceBundle bundle = io.clientele.base.Messages.bundle(locale);
        java.util.Set<String> actions = new java.util.TreeSet<>();
        for (String key : bundle.keySet()) {
            for (String prefix : new String[] {"audit.action.", "audit.summary."}) {
                if (key.startsWith(prefix)
                        && bundle.getString(key).toLowerCase(locale).contains(needle)) {
                    actions.add(key.substring(prefix.length()));
                }
            }
        }
        return actions;
    }

    /** The summary in the reader's language. */
    public String summary(java.util.Locale locale) {
        return Summary.read(locale, action, summaryArgs, summary);
    }

    public String getBeforeState() {
        return beforeState;
    }

    public String getAfterState() {
        return afterState;
    }
}
