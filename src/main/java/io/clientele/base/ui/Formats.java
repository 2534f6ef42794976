package io.clientele.base.ui;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and numbers in the UI's locale. */
public final class Formats {
    private Formats() {
    }

    public static ZoneId zone() {
        return ZoneId.systemDefault();
    }

    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    public static String date(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale())
                .withZone(zone()).format(instant);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).withZone(zone()).format(instant);
    }

    public static String shortDate(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale())
                .withZone(zone()).format(instant);
    }

    public static String shortDateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale())
                .withZone(zone()).format(instant);
    }

    /** A calendar day, short style (nb: 13.07.2025). */
    public static String day(java.time.LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale()).format(day);
    }

    public static String number(long value) {
        return java.text.NumberFormat.getIntegerInstance(locale()).format(value);
    }
}
