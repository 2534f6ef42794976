package io.clientele.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before a form with unsaved input is left; only "Discard changes" goes on. */
public final class UnsavedChanges {
    private UnsavedChanges() {}

    public static void confirm(Runnable discard) {
        confirm(discard, () -> {});
    }

    /** {@code keep} runs when the user stays (Keep editing or Esc). */
    public static void confirm(Runnable discard, Runnable keep) {
        UI ui = UI.getCurrent();
        ConfirmDialog dialog = Confirm.dangerous(
                ui.getTranslation("unsaved.title"),
                ui.getTranslation("unsaved.text"),
                ui.getTranslation("unsaved.discard"),
                discard);
        dialog.addCancelListener(e -> keep.run());
        dialog.setCancelText(ui.getTranslation("unsaved.keep-editing"));
        dialog.setId("unsaved-changes");
    }
}
