package io.clientele.account.ui;

import com.vaadin.flow.component.UI;
import io.clientele.account.AccountRow;
import io.clientele.base.ui.Badge;

/** The account chip as the page names it: ACTIVE (green), INACTIVE (grey), DELETED (red). */
final class AccountBadges {
    private AccountBadges() {
    }

    static Badge status(AccountRow r) {
        String state = r.deleted() ? "DELETED" : r.status().name();
        Badge.Tone tone = switch (state) {
            case "ACTIVE" -> Badge.Tone.SUCCESS;
            case "DELETED", "BLOCKED" -> Badge.Tone.ERROR;
            case "PENDING" -> Badge.Tone.WARNING;
            default -> Badge.Tone.NEUTRAL;
        };
        Badge badge = new Badge(UI.getCurrent().getTranslation("account.status." + state), tone);
        badge.addClassName("account-status");
        return badge;
    }
}
