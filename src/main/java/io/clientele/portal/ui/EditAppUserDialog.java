package io.clientele.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.clientele.base.ConcurrentEditException;
import io.clientele.base.FieldValidationException;
import io.clientele.base.ui.Notifications;
import io.clientele.portal.AppUser;
import io.clientele.portal.AppUserService;

/** Edit: full name and company of an app user (its customer record and login together). */
class EditAppUserDialog extends Dialog {
    final TextField fullName = new TextField(getTranslation("app-users.full-name"));
    final TextField company = new TextField(getTranslation("app-users.company"));

    EditAppUserDialog(AppUserService appUsers, AppUser user, Runnable saved) {
        setId("edit-app-user-dialog");
        setHeaderTitle(getTranslation("app-users.edit", user.email()));
        fullName.setValue(user.name().equals(user.email()) ? "" : user.name());
        fullName.setMaxLength(200);
        fullName.setId("edit-full-name");
        company.setValue(user.company() == null ? "" : user.company());
        company.setMaxLength(200);
        company.setId("edit-company");
        FormLayout form = new FormLayout(fullName, company);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setWidth("24rem");
        add(form);
        Button save = new Button(getTranslation("action.update"), e -> {
            try {
                appUsers.edit(user.customerId(), fullName.getValue(), company.getValue(), user.version());
                Notifications.success(getTranslation("app-users.saved", user.email()));
                close();
                saved.run();
            } catch (FieldValidationException ex) {
                fullName.setErrorMessage(getTranslation(ex.getMessage()));
                fullName.setInvalid(true);
            } catch (ConcurrentEditException ex) {
                Notifications.error(getTranslation("error.concurrent-edit"));
            }
        });
        save.setId("save-app-user-edit");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
