package io.clientele.subscription.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import io.clientele.base.ui.Formats;
import io.clientele.base.ui.PagedGrid;
import io.clientele.customer.PhoneNumbers;
import io.clientele.subscription.BillingRule;
import io.clientele.subscription.SubscriptionService;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.springframework.data.domain.Pageable;

/** Recent outbound calls with their duration, billed minutes and why: the staff 1-Min Billing tab and the portal. */
public final class BilledCalls {
    private BilledCalls() {}

    public static PagedGrid<SubscriptionService.BilledCall> grid(
            Function<Pageable, List<SubscriptionService.BilledCall>> fetch, LongSupplier count) {
        PagedGrid<SubscriptionService.BilledCall> paged = new PagedGrid<>(new Grid<>());
        Grid<SubscriptionService.BilledCall> grid = paged.getGrid();
        grid.setId("call-grid");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(c -> Formats.dateTime(c.startedAt()))
                .setKey("started")
                .setHeader(t("calls.started"))
                .setWidth("10rem")
                .setFlexGrow(0);
        grid.addColumn(c -> PhoneNumbers.display(c.toNumber()))
                .setKey("to")
                .setHeader(t("calls.to"))
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(c -> c.billed().durationSeconds() + " s")
                .setKey("duration")
                .setHeader(t("calls.duration"))
                .setWidth("6rem")
                .setFlexGrow(0);
        grid.addColumn(c -> minutes(c.billed().billedMinutes()))
                .setKey("billed")
                .setHeader(t("calls.billed"))
                .setWidth("6rem")
                .setFlexGrow(0);
        grid.addColumn(c -> reason(c.billed()))
                .setKey("reason")
                .setHeader(t("calls.reason"))
                .setFlexGrow(1)
                .setWidth("12rem")
                .setTooltipGenerator(c -> reason(c.billed()));
        paged.setEmptyStateText(t("calls.none"));
        paged.setSource(fetch, count);
        paged.setHeight("22rem");
        paged.refresh();
        return paged;
    }

    /** "7 s billed as 1 min: minimum billable 60 s" and its siblings, from the rule's reason. */
    public static String reason(BillingRule.Billed b) {
        return UI.getCurrent()
                .getTranslation(
                        "billing.reason." + b.reason().name().toLowerCase(Locale.ROOT),
                        b.durationSeconds(),
                        minutes(b.billedMinutes()));
    }

    public static String minutes(double minutes) {
        return (minutes == Math.rint(minutes)
                        ? String.valueOf((long) minutes)
                        : String.format(Locale.ROOT, "%.1f", minutes))
                + " min";
    }

    private static String t(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
