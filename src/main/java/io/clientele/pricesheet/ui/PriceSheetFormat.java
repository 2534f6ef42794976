package io.clientele.pricesheet.ui;

import io.clientele.base.ui.Formats;
import io.clientele.pricesheet.PriceSheet;

/** How a price sheet's validity reads in the UI: "01.01.2026 – 31.12.2026" (or "≥ 01.01.2026"). */
public final class PriceSheetFormat {
    private PriceSheetFormat() {}

    public static String validity(PriceSheet s) {
        return s.getValidTo() == null
                ? "≥ " + Formats.date(s.getValidFrom())
                : Formats.date(s.getValidFrom()) + " – " + Formats.date(s.getValidTo());
    }
}
