package io.clientele.subscription;

import io.clientele.base.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** What a portal customer can buy: minutes included per monthly period, at a price. */
@Entity
@Table(name = "plan")
public class Plan extends TenantEntity {
    private String name;
    private int minutesIncluded;
    private long priceCents;
    private String currency;
    private boolean active = true;

    protected Plan() {}

    public Plan(String name, int minutesIncluded, long priceCents, String currency) {
        this.name = name;
        this.minutesIncluded = minutesIncluded;
        this.priceCents = priceCents;
        this.currency = currency;
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
}
