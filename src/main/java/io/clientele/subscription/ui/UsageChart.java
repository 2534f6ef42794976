package io.clientele.subscription.ui;

import com.vaadin.flow.component.Svg;
import io.clientele.base.Messages;
import io.clientele.base.Texts;
import io.clientele.base.ui.Formats;
import io.clientele.subscription.SubscriptionService;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

/**
 * Minutes used per day of the current period, drawn on the server as an SVG bar chart (no chart library, no
 * front-end build). Bars cross a dashed line where the cumulative use reaches the minutes available.
 */
public class UsageChart extends Svg {
    private static final int WIDTH = 560;
    private static final int HEIGHT = 140;

    public UsageChart(SubscriptionService.Usage usage) {
        super(svg(usage, Formats.locale()));
        addClassName("usage-chart");
        setId("usage-chart");
    }

    /** The day under a bar in the reader's style (13.11, 13/11, 11/13): the locale's short date without its year. */
    private static DateTimeFormatter dayOfMonth(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale);
        return DateTimeFormatter.ofPattern(pattern.replaceAll("[^dM]*y+[^dM]*", ""), locale);
    }

    static String svg(SubscriptionService.Usage usage, Locale locale) {
        DateTimeFormatter dayLabel = dayOfMonth(locale);
        Map<LocalDate, Double> days = usage.minutesByDay();
        double max = Math.max(
                1, days.values().stream().mapToDouble(Double::doubleValue).max().orElse(1));
        int n = Math.max(1, days.size());
        double slot = (double) WIDTH / n;
        StringBuilder out = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 " + WIDTH + " "
                + (HEIGHT + 16) + "' role='img' aria-label='"
                + Texts.html(Messages.text(
                        locale, "subscription.chart-label", usage.minutesUsed(), usage.minutesAvailable()))
                + "'>");
        int i = 0;
        for (Map.Entry<LocalDate, Double> day : days.entrySet()) {
            double h = day.getValue() / max * (HEIGHT - 4);
            out.append(String.format(
                    Locale.ROOT,
                    "<rect class='bar' x='%.1f' y='%.1f' width='%.1f' height='%.1f'>"
                            + "<title>%s: %.1f min</title></rect>",
                    i * slot + 1,
                    HEIGHT - h,
                    Math.max(1, slot - 2),
                    h,
                    dayLabel.format(day.getKey()),
                    day.getValue()));
            if (i == 0 || i == n - 1 || day.getKey().getDayOfMonth() == 1) {
                out.append(String.format(
                        Locale.ROOT,
                        "<text x='%.1f' y='%d' class='label'>%s</text>",
                        i * slot,
                        HEIGHT + 14,
                        dayLabel.format(day.getKey())));
            }
            i++;
        }
        out.append("<line x1='0' x2='" + WIDTH + "' y1='" + HEIGHT + "' y2='" + HEIGHT + "' class='axis'/></svg>");
        return out.toString();
    }
}
