package io.clientele.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.renderer.LitRenderer;
import io.clientele.account.AccountRow;
import io.clientele.base.ui.Badge;
import io.clientele.base.ui.Cells;

/** The account chip as the page names it: ACTIVE (green), INACTIVE (grey), DELETED (red). */
final class AccountBadges {
    private AccountBadges() {}

    static Badge status(AccountRow r) {
        Badge badge = new Badge(UI.getCurrent().getTranslation("account.status." + state(r)), tone(r));
        badge.addClassName("account-status");
        return badge;
    }

    /** The same chip in a list's Status column, drawn by the browser. */
    static LitRenderer<AccountRow> cell(Component host) {
        return Cells.badge(r -> host.getTranslation("account.status." + state(r)), AccountBadges::tone);
    }

    private static String state(AccountRow r) {
        return r.deleted() ? "DELETED" : r.status().name();
    }

    private static Badge.Tone tone(AccountRow r) {
        return switch (state(r)) {
            case "ACTIVE" -> Badge.Tone.SUCCESS;
            case "DELETED", "BLOCKED" -> Badge.Tone.ERROR;
            case "PENDING" -> Badge.Tone.WARNING;
            default -> Badge.Tone.NEUTRAL;
        };
    }
}
