package io.clientele.base.ui;

import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dates, numbers and money in the UI's locale, one style everywhere: numeric dates with a four-digit year
 * (nb 13.07.2025, en-GB 13/07/2025, en-US 7/13/2025), short times, and the locale's currency pattern
 * (nb "kr 2 400,00").
 */
public final class Formats {
    /** CLDR writes "2 400,00 kr"; invoices and banks in Norway write the symbol first. */
    private static final String NORWEGIAN_MONEY = "¤ #,##0.00";

    private static final Map<Locale, DateTimeFormatter> DAY_FORMATS = new ConcurrentHashMap<>();

    private Formats() {}

    public static ZoneId zone() {
        return ZoneId.systemDefault();
    }

    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.UK : ui.getLocale();
    }

    /** The locale's short date pattern with the year always in full; made once per locale (grids format every cell). */
    static DateTimeFormatter dayFormat(Locale locale) {
        return DAY_FORMATS.computeIfAbsent(locale, l -> {
            String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                    FormatStyle.SHORT, null, IsoChronology.INSTANCE, l);
            return DateTimeFormatter.ofPattern(
                    pattern.contains("yyyy") ? pattern : pattern.replaceAll("y+", "yyyy"), l);
        });
    }

    public static String date(LocalDate day) {
        return day == null ? "" : dayFormat(locale()).format(day);
    }

    public static String date(Instant instant) {
        return instant == null ? "" : date(LocalDate.ofInstant(instant, zone()));
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : date(instant) + " " + time(instant);
    }

    public static String time(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                        .withLocale(locale())
                        .withZone(zone())
                        .format(instant);
    }

    public static String number(long value) {
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }

    public static String money(BigDecimal amount, String currency) {
        Locale locale = locale();
        String norwegian = Set.of("nb", "nn", "no").contains(locale.getLanguage()) ? NORWEGIAN_MONEY : null;
        NumberFormat n = norwegian == null
                ? NumberFormat.getCurrencyInstance(locale)
                : new DecimalFormat(norwegian, DecimalFormatSymbols.getInstance(locale));
        n.setCurrency(Currency.getInstance(currency));
        return n.format(amount);
    }
}
