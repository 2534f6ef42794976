package io.clientele.subscription.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.clientele.base.ui.Formats;
import io.clientele.subscription.SubscriptionService;
import java.math.BigDecimal;

/** Plan, minutes included / used / remaining with a bar and the daily chart, renewal date: one block, two places. */
public class UsageSummary extends Div {
    public UsageSummary(SubscriptionService.Usage u) {
        addClassName("detail-block");
        setId("usage-summary");
        UI ui = UI.getCurrent();
        H3 plan = new H3(u.planName() + " · " + Formats.money(BigDecimal.valueOf(u.priceCents(), 2), u.currency())
                + ui.getTranslation("subscription.per-period." + u.period()));
        plan.setId("usage-plan");
        Span numbers = new Span(ui.getTranslation(
                "subscription.minutes",
                u.minutesAvailable(),
                BilledCalls.minutes(u.minutesUsed()),
                BilledCalls.minutes(u.minutesRemaining())));
        numbers.setId("usage-numbers");
        ProgressBar bar =
                new ProgressBar(0, Math.max(1, u.minutesAvailable()), Math.min(u.minutesAvailable(), u.minutesUsed()));
        if (u.minutesRemaining() <= 0) {
            bar.addClassName("exhausted");
        }
        Span renewal = new Span(ui.getTranslation(
                u.cancelAtPeriodEnd() ? "subscription.ends" : "subscription.renews", Formats.date(u.renewsAt())));
        renewal.setId("usage-renewal");
        add(plan, numbers, bar, new UsageChart(u), renewal);
    }
}
