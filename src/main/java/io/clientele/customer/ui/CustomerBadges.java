package io.clientele.customer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.renderer.LitRenderer;
import io.clientele.base.ui.Badge;
import io.clientele.base.ui.Cells;
import io.clientele.customer.CustomerRow;
import io.clientele.customer.CustomerStatus;
import java.util.function.Function;
import java.util.function.Predicate;

/** Status badge colours: Active green, Pending amber, Inactive grey, Blocked red; soft-deleted rows say DELETED. */
public final class CustomerBadges {
    private CustomerBadges() {}

    public static Component status(CustomerRow row) {
        return new Badge(
                UI.getCurrent().getTranslation(key(row.status(), row.deleted())), tone(row.status(), row.deleted()));
    }

    /** The same badge for a list's Status column, drawn by the browser. */
    public static <T> LitRenderer<T> statusCell(
            Component host, Function<T, CustomerStatus> status, Predicate<T> deleted) {
        return Cells.badge(
                r -> host.getTranslation(key(status.apply(r), deleted.test(r))),
                r -> tone(status.apply(r), deleted.test(r)));
    }

    private static String key(CustomerStatus status, boolean deleted) {
        return deleted ? "badge.deleted" : "customer.status." + status;
    }

    private static Badge.Tone tone(CustomerStatus status, boolean deleted) {
        return deleted
                ? Badge.Tone.ERROR
                : switch (status) {
                    case ACTIVE -> Badge.Tone.SUCCESS;
                    case PENDING -> Badge.Tone.WARNING;
                    case INACTIVE -> Badge.Tone.NEUTRAL;
                    case BLOCKED -> Badge.Tone.ERROR;
                };
    }
}
