package io.clientele.subscription;

/**
 * How an outbound call's duration becomes billed time: at least {@code minimumSeconds}, then whole
 * {@code incrementSeconds} units rounded up, to the nearest or down. A call that never connected (0 s) costs
 * nothing. The 1-Min Billing tab and every usage total go through {@link #bill}, so they cannot disagree.
 */
public record BillingRule(int incrementSeconds, int minimumSeconds, Rounding rounding) {
    public static final BillingRule DEFAULT = new BillingRule(60, 60, Rounding.UP);
    public static final int MAX_SECONDS = 3600;

    public enum Rounding {
        UP,
        NEAREST,
        DOWN
    }

    public BillingRule {
        if (incrementSeconds < 1 || incrementSeconds > MAX_SECONDS) {
            throw new IllegalArgumentException("billing.increment-range");
        }
        if (minimumSeconds < 0 || minimumSeconds > MAX_SECONDS) {
            throw new IllegalArgumentException("billing.minimum-range");
        }
        if (rounding == null) {
            throw new IllegalArgumentException("billing.rounding-required");
        }
    }

    /** Why a call cost what it did: the message key of the reason and the billed seconds. */
    public record Billed(int durationSeconds, int billedSeconds, Reason reason) {
        public double billedMinutes() {
            return billedSeconds / 60.0;
        }
    }

    public enum Reason {
        NOT_CONNECTED,
        MINIMUM,
        ROUNDED_UP,
        ROUNDED_NEAREST,
        ROUNDED_DOWN,
        EXACT
    }

    public Billed bill(int durationSeconds) {
        if (durationSeconds < 0) {
            throw new IllegalArgumentException("A call cannot last " + durationSeconds + " s");
        }
        if (durationSeconds == 0) {
            return new Billed(0, 0, Reason.NOT_CONNECTED);
        }
        int billed = rounded(Math.max(durationSeconds, minimumSeconds));
        Reason reason;
        if (durationSeconds < minimumSeconds) {
            reason = Reason.MINIMUM;
        } else if (billed == durationSeconds) {
            reason = Reason.EXACT;
        } else {
            reason = switch (rounding) {
                case UP -> Reason.ROUNDED_UP;
                case NEAREST -> Reason.ROUNDED_NEAREST;
                case DOWN -> Reason.ROUNDED_DOWN;
            };
        }
        return new Billed(durationSeconds, billed, reason);
    }

    /** Whole increments, rounded by the rule. */
    private int rounded(int seconds) {
        int whole = seconds / incrementSeconds;
        int rest = seconds % incrementSeconds;
        return incrementSeconds
                * switch (rounding) {
                    case UP -> rest == 0 ? whole : whole + 1;
                    case NEAREST -> rest * 2 >= incrementSeconds ? whole + 1 : whole;
                    case DOWN -> whole;
                };
    }
}
