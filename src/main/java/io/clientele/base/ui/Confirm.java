package io.clientele.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** The one question before something is removed, lost or bought: a confirm button and Cancel. */
public final class Confirm {
    private Confirm() {}

    /** A question before a commitment that removes nothing (a purchase): a primary confirm button and Cancel. */
    public static ConfirmDialog ask(String title, String text, String confirmText, Runnable confirmed) {
        return open(title, text, confirmText, "primary", confirmed);
    }

    /** Opens the question; {@code confirmed} runs only on the red button. */
    public static ConfirmDialog dangerous(String title, String text, String confirmText, Runnable confirmed) {
        return open(title, text, confirmText, "error primary", confirmed);
    }

    private static ConfirmDialog open(String title, String text, String confirmText, String theme, Runnable confirmed) {
        ConfirmDialog dialog = new ConfirmDialog(title, text, confirmText, e -> confirmed.run());
        dialog.setConfirmButtonTheme(theme);
        dialog.setCancelable(true);
        dialog.setCancelText(UI.getCurrent().getTranslation("action.cancel"));
        dialog.open();
        return dialog;
    }
}
