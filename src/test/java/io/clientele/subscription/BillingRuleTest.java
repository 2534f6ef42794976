package io.clientele.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one function both the 1-Min Billing tab and every usage total bill calls with. */
class BillingRuleTest {
    @ParameterizedTest(name = "{0} s with 60 s increments, 60 s minimum, up: {1} s ({2})")
    @CsvSource({
        "0, 0, NOT_CONNECTED",
        "1, 60, MINIMUM",
        "7, 60, MINIMUM",
        "59, 60, MINIMUM",
        "60, 60, EXACT",
        "61, 120, ROUNDED_UP",
        "119, 120, ROUNDED_UP",
        "120, 120, EXACT",
        "3601, 3660, ROUNDED_UP"
    })
    void oneMinuteBilling(int seconds, int billed, BillingRule.Reason reason) {
        BillingRule.Billed b = BillingRule.DEFAULT.bill(seconds);
        assertThat(b.billedSeconds()).isEqualTo(billed);
        assertThat(b.reason()).isEqualTo(reason);
        assertThat(b.durationSeconds()).isEqualTo(seconds);
    }

    @ParameterizedTest(name = "{0}: {1} s billed as {2} s")
    @CsvSource({
        "NEAREST, 29, 30",
        "NEAREST, 44, 30",
        "NEAREST, 45, 60",
        "NEAREST, 46, 60",
        "NEAREST, 61, 60",
        "DOWN, 59, 30",
        "DOWN, 61, 60",
        "DOWN, 89, 60",
        "DOWN, 90, 90",
        "UP, 31, 60",
        "UP, 60, 60",
        "UP, 61, 90"
    })
    void roundingModesWithThirtySecondIncrementsAndNoMinimum(BillingRule.Rounding rounding, int seconds, int billed) {
        assertThat(new BillingRule(30, 0, rounding).bill(seconds).billedSeconds())
                .isEqualTo(billed);
    }

    @Test
    void roundingDownBelowOneIncrementCostsNothingAndSaysSo() {
        BillingRule.Billed b = new BillingRule(60, 0, BillingRule.Rounding.DOWN).bill(59);
        assertThat(b.billedSeconds()).isZero();
        assertThat(b.reason()).isEqualTo(BillingRule.Reason.ROUNDED_DOWN);
    }

    @Test
    void aMinimumAboveTheIncrementIsRoundedToWholeIncrementsToo() {
        BillingRule rule = new BillingRule(6, 30, BillingRule.Rounding.UP);
        assertThat(rule.bill(7).billedSeconds()).isEqualTo(30);
        assertThat(rule.bill(31).billedSeconds()).isEqualTo(36);
        assertThat(rule.bill(31).billedMinutes()).isEqualTo(0.6);
    }

    @Test
    void impossibleRulesAndDurationsAreRefused() {
        assertThatThrownBy(() -> new BillingRule(0, 60, BillingRule.Rounding.UP))
                .hasMessage("billing.increment-range");
        assertThatThrownBy(() -> new BillingRule(60, -1, BillingRule.Rounding.UP))
                .hasMessage("billing.minimum-range");
        assertThatThrownBy(() -> new BillingRule(60, 60, null)).hasMessage("billing.rounding-required");
        assertThatThrownBy(() -> BillingRule.DEFAULT.bill(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
