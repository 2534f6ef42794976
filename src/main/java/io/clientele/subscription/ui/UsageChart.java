package io.clientele.subscription.ui;

import com.vaadin.flow.component.Svg;
import io.clientele.subscription.SubscriptionService;
import java.time.LocalDate;
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
        super(svg(usage));
        addClassName("usage-chart");
        setId("usage-chart");
    }

    static String svg(SubscriptionService.Usage usage) {
        Map<LocalDate, Double> days = usage.minutesByDay();
        double max = Math.max(1, days.values().stream().mapToDouble(Double::doubleValue).max().orElse(1));
        int n = Math.max(1, days.size());
        double slot = (double) WIDTH / n;
        StringBuilder out = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 " + WIDTH + " "
                + (HEIGHT + 16) + "' role='img' aria-label='" + String.format(Locale.ROOT,
                "%.1f of %d minutes used", usage.minutesUsed(), usage.minutesAvailable()) + "'>");
        int i = 0;
        for (Map.Entry<LocalDate, Double> day : days.entrySet()) {
            double h = day.getValue() / max * (HEIGHT - 4);
            out.append(String.format(Locale.ROOT, "<rect class='bar' x='%.1f' y='%.1f' width='%.1f' height='%.1f'>"
                            + "<title>%s: %.1f min</title></rect>", i * slot + 1, HEIGHT - h, Math.max(1, slot - 2), h,
                    day.getKey(), day.getValue()));
            if (i == 0 || i == n - 1 || day.getKey().getDayOfMonth() == 1) {
                out.append(String.format(Locale.ROOT, "<text x='%.1f' y='%d' class='label'>%s</text>", i * slot,
                        HEIGHT + 14, day.getKey().getMonthValue() + "/" + day.getKey().getDayOfMonth()));
            }
            i++;
        }
        out.append("<line x1='0' x2='" + WIDTH + "' y1='" + HEIGHT + "' y2='" + HEIGHT + "' class='axis'/></svg>");
        return out.toString();
    }
}
