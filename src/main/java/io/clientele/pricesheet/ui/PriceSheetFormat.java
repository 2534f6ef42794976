package io.clientele.pricesheet.ui;

import io.clientele.base.ui.Formats;
import io.clientele.pricesheet.PriceSheet;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;

/** How price sheets read in the UI: "1 Jan 2026 – 31 Dec 2026" (or "from …"), "kr 1 250,00". */
public final class PriceSheetFormat {
    private PriceSheetFormat() {
    }

    public static String validity(PriceSheet s) {
        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Formats.locale());
        return s.getValidTo() == null ? "≥ " + f.format(s.getValidFrom())
                : f.format(s.getValidFrom()) + " – " + f.format(s.getValidTo());
    }

    public static String price(BigDecimal amount, String currency) {
        NumberFormat n = NumberFormat.getCurrencyInstance(Formats.locale());
        n.setCurrency(Currency.getInstance(currency));
        return n.format(amount);
    }
}
