package io.clientele.subscription;

import io.clientele.base.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A customer's plan, renewed each period (a month or a year, as the plan is sold) until cancelled at the end of one. Periods roll forward when read (no
 * renewal job): the current period is the first one that has not ended yet.
 */
@Entity
@Table(name = "subscription")
public class Subscription extends TenantEntity {
    public enum Status {
        ACTIVE,
        ENDED
    }

    private Long customerId;
    private Long planId;

    @Enumerated(EnumType.STRING)
    private Status status = Status.ACTIVE;

    private Instant periodStart;
    private Instant renewsAt;
    private boolean cancelAtPeriodEnd;
    private int extraMinutes;
    private Instant endedAt;

    protected Subscription() {}

    Subscription(long customerId, long planId, Instant start, PlanPeriod period) {
        this.customerId = customerId;
        this.planId = planId;
        this.periodStart = start;
        this.renewsAt = next(start, period);
    }

    /**
     * Rolls the period forward to the one holding {@code now}, each new period as long as the plan's {@code period};
     * a subscription cancelled at period end ends instead.
     */
    boolean roll(Instant now, PlanPeriod period) {
        boolean changed = false;
        while (status == Status.ACTIVE && !renewsAt.isAfter(now)) {
            if (cancelAtPeriodEnd) {
                status = Status.ENDED;
                endedAt = renewsAt;
            } else {
                periodStart = renewsAt;
                renewsAt = next(renewsAt, period);
                extraMinutes = 0;
            }
            changed = true;
        }
        return changed;
    }

    private static Instant next(Instant from, PlanPeriod period) {
        return from.atZone(ZoneOffset.UTC).plusMonths(period.months).toInstant();
    }

    void changePlan(long planId) {
        this.planId = planId;
    }

    void addMinutes(int minutes) {
        this.extraMinutes += minutes;
    }

    void setCancelAtPeriodEnd(boolean cancel) {
        this.cancelAtPeriodEnd = cancel;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getPlanId() {
        return planId;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getPeriodStart() {
        return periodStart;
    }

    public Instant getRenewsAt() {
        return renewsAt;
    }

    public boolean isCancelAtPeriodEnd() {
        return cancelAtPeriodEnd;
    }

    public int getExtraMinutes() {
        return extraMinutes;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
