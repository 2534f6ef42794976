package io.clientele.subscription;

import io.clientele.audit.Summary;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a customer's billing history: what changed, by whom, for how many minutes or how much money. */
@Entity
@Table(name = "billing_event")
public class BillingEvent extends io.clientele.base.TenantRow {
    public enum Kind {
        SUBSCRIBED,
        PLAN_CHANGED,
        MINUTES_ADDED,
        CANCEL_SCHEDULED,
        CANCEL_WITHDRAWN,
        RENEWED
    }

    private Long customerId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private Integer minutes;
    private Long amountCents;
    private String currency;
    private String description;
    private String descriptionArgs;
    private String actor;
    /** The customer's login when the actor changed it in a support session. */
    private String onBehalfOf;

    private Instant occurredAt = Instant.now();

    protected BillingEvent() {}

    BillingEvent(
            long customerId,
            Kind kind,
            Integer minutes,
            Long amountCents,
            String currency,
            Summary description,
            String actor,
            String onBehalfOf) {
        this.customerId = customerId;
        this.kind = kind;
        this.minutes = minutes;
        this.amountCents = amountCents;
        this.currency = currency;
        this.description = description.english(audit(kind));
        this.descriptionArgs = description.json();
        this.actor = actor;
        this.onBehalfOf = onBehalfOf;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Kind getKind() {
        return kind;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public Long getAmountCents() {
        return amountCents;
    }

    public String getCurrency() {
        return currency;
    }
    /** The audit action a billing change is recorded as; its message is this line's text too. */
    public static String audit(Kind kind) {
        return "BILLING_" + kind.name();
    }

    /** The line in the reader's language. */
    public String description(java.util.Locale locale) {
        return Summary.read(locale, audit(kind), descriptionArgs, description);
    }

    public String getActor() {
        return actor;
    }

    public String getOnBehalfOf() {
        return onBehalfOf;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
