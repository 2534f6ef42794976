package io.clientele.base;

import java.math.BigDecimal;
import java.util.Currency;

/** The rules every amount a form takes shares: an ISO 4217 currency, and a price in whole units and cents. */
public final class Money {
    private Money() {}

    public static boolean isKnownCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    /** Zero or more, at most two decimals and ten digits before the point (what the price columns hold). */
    public static boolean isPrice(BigDecimal amount) {
        return amount != null
                && amount.signum() >= 0
                && amount.scale() <= 2
                && amount.precision() - amount.scale() <= 10;
    }
}
