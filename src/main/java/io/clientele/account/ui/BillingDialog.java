package io.clientele.account.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import io.clientele.account.CustomerAccountService;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.FieldValidationException;
import io.clientele.base.ui.FieldMessages;
import io.clientele.base.ui.Notifications;
import io.clientele.base.ui.SidePanel;
import io.clientele.customer.BillingInfo;
import java.util.Map;

/** Edits a customer account's billing information; leaving it all empty falls back to the organization's. */
class BillingDialog extends Dialog {
    final TextField digitalAddress = new TextField(getTranslation("organization.digital-address"));
    final TextField address = new TextField(getTranslation("organization.address"));
    final TextField postCode = new TextField(getTranslation("organization.post-number"));
    final TextField municipality = new TextField(getTranslation("organization.municipality"));
    final TextField phone = new TextField(getTranslation("organization.phone"));
    final EmailField email = new EmailField(getTranslation("organization.email"));
    final TextField responsible = new TextField(getTranslation("account.billing.responsible"));
    private final BeanValidationBinder<BillingInfo> binder = new BeanValidationBinder<>(BillingInfo.class);

    BillingDialog(CustomerAccountService accounts, long accountId, BillingInfo current, Runnable saved) {
        setHeaderTitle(getTranslation("account.billing.edit"));
        setWidth("36rem");
        digitalAddress.setHelperText(getTranslation("organization.digital-address-help"));
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("validation.email")));
        binder.bindInstanceFields(this);
        binder.readBean(current);
        Map<String, HasValidation> fields =
                Map.of("postCode", postCode, "phone", phone, "email", email, "digitalAddress", digitalAddress);
        FormLayout form = new FormLayout(digitalAddress, address, postCode, municipality, phone, email, responsible);
        form.setId("billing-form");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
        add(form);
        Button save = SidePanel.primary(getTranslation("action.save"), () -> {
            BillingInfo edited = current.copy();
            if (!binder.writeBeanIfValid(edited)) {
                return;
            }
            try {
                accounts.updateBilling(accountId, edited);
                Notifications.success(getTranslation("account.billing.saved"));
                close();
                saved.run();
            } catch (FieldValidationException e) {
                FieldMessages.show(e, fields, address);
            } catch (ActionRefusedException e) {
                Notifications.refused(e);
                close();
            }
        });
        save.setId("save-billing");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
