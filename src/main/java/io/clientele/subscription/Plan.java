package io.clientele.subscription;

import io.clientele.base.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** What a portal customer can buy: minutes included per period (a month or a year), at a price. */
@Entity
@Table(name = "plan")
public class Plan extends TenantEntity {
    private String name;
    private int minutesIncluded;
    private long priceCents;
    private String currency;
    private boolean active = true;

    @Enumerated(EnumType.STRING)
    private PlanPeriod period = PlanPeriod.MONTHLY;

    protected Plan() {}

    Plan(String name, int minutesIncluded, long priceCents, String currency, PlanPeriod period) {
        update(name, minutesIncluded, priceCents, currency, period);
    }

    public String getName() {
        return name;
    }

    public int getMinutesIncluded() {
        return minutesIncluded;
    }

    public long getPriceCents() {
        return priceCents;
    }

    public String getCurrency() {
        return currency;
    }

    public boolean isActive() {
        return active;
    }

    public PlanPeriod getPeriod() {
        return period;
    }

    /** The catalog's edit: what a period holds and costs; subscriptions take it from their next period on. */
    void update(String name, int minutesIncluded, long priceCents, String currency, PlanPeriod period) {
        this.name = name;
        this.minutesIncluded = minutesIncluded;
        this.priceCents = priceCents;
        this.currency = currency;
        this.period = period;
    }

    /** A retired plan is no longer offered; its subscribers keep it. */
    void setActive(boolean active) {
        this.active = active;
    }
}
