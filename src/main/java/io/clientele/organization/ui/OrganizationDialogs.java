package io.clientele.organization.ui;

import com.vaadin.flow.component.UI;
import io.clientele.base.ui.Notifications;
import io.clientele.base.ui.TypedConfirmDialog;
import io.clientele.organization.Organization;
import io.clientele.organization.OrganizationService;

/** The organization's delete confirmation, the same from the Organizations list and the company page. */
public final class OrganizationDialogs {
    private OrganizationDialogs() {}

    /** Typed DELETE, then a soft delete (recoverable; its customer account goes with it); {@code done} follows. */
    public static void confirmDelete(OrganizationService organizations, Organization o, Runnable done) {
        UI ui = UI.getCurrent();
        new TypedConfirmDialog(
                        ui.getTranslation("organizations.delete-title"),
                        ui.getTranslation("organizations.delete-warning", o.getName()),
                        TypedConfirmDialog.Effect.RECOVERABLE,
                        ui.getTranslation("action.delete"),
                        () -> {
                            organizations.softDelete(o.getId());
                            Notifications.success(ui.getTranslation("organizations.deleted", o.getName()));
                            done.run();
                        })
                .open();
    }
}
