package io.clientele.subscription;

/** How long a plan's period is: its minutes and price are per period, and a subscription renews after one. */
public enum PlanPeriod {
    MONTHLY(1),
    YEARLY(12);

    final int months;

    PlanPeriod(int months) {
        this.months = months;
    }
}
