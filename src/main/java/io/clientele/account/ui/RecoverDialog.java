package io.clientele.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import io.clientele.account.AccountRow;
import io.clientele.account.CustomerAccountService;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.Choice;
import io.clientele.base.FieldValidationException;
import io.clientele.base.ui.ChoiceBox;
import io.clientele.base.ui.Notifications;

/** Recover a soft-deleted account with a GUEST login as its new customer admin. */
class RecoverDialog extends Dialog {
    final ComboBox<Choice> admin;
    final Button recover;

    RecoverDialog(CustomerAccountService accounts, AccountRow row, Runnable done) {
        setHeaderTitle(getTranslation("account.recover-title"));
        admin = ChoiceBox.create(
                getTranslation("account.admin"),
                (filter, offset, limit) -> accounts.adminChoices(filter, null, true, offset, limit),
                Choice::label,
                Choice::detail);
        admin.setId("recover-admin");
        admin.setHelperText(getTranslation("account.recover-admin-help"));
        admin.setRequiredIndicatorVisible(true);
        add(new Paragraph(getTranslation("account.recover-question", row.organizationName())), admin);
        setWidth("30rem");
        recover = new Button(getTranslation("action.recover"), e -> {
            if (admin.getValue() == null) {
                admin.setErrorMessage(getTranslation("validation.required"));
                admin.setInvalid(true);
                return;
            }
            try {
                accounts.recover(row.id(), admin.getValue());
                Notifications.success(getTranslation("account.recovered", row.organizationName()));
                close();
                done.run();
            } catch (FieldValidationException ex) {
                admin.setErrorMessage(getTranslation(ex.getMessage()));
                admin.setInvalid(true);
            } catch (ActionRefusedException ex) {
                Notifications.refused(ex);
                close();
            }
        });
        recover.setId("confirm-recover");
        recover.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), recover);
    }
}
