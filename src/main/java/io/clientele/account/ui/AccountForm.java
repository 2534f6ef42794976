package io.clientele.account.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.clientele.account.AccountDraft;
import io.clientele.account.CustomerAccountService;
import io.clientele.base.Choice;
import io.clientele.base.ui.ChoiceBox;
import io.clientele.base.ui.EntityForm;
import io.clientele.customer.CustomerStatus;
import java.util.Map;

/** Add / Edit customer account: organization and customer admin are searched on the server. */
class AccountForm extends EntityForm<AccountDraft> {
    final ComboBox<Choice> organization;
    final ComboBox<Choice> admin;
    final Select<CustomerStatus> status = new Select<>();
    final TextField customerNumber = new TextField(getTranslation("account.customer-number"));
    final Checkbox allowSharedBilling = new Checkbox(getTranslation("account.allow-shared-billing"));

    /** {@code keepOrganization}/{@code keepAdmin}: the edited account's own choices stay pickable. */
    AccountForm(CustomerAccountService accounts, Long keepOrganization, Long keepAdmin) {
        super(AccountDraft.class);
        setId("account-form");
        organization = ChoiceBox.create(
                getTranslation("account.organization"),
                (filter, offset, limit) -> accounts.organizationChoices(filter, keepOrganization, offset, limit),
                Choice::label,
                Choice::detail);
        organization.setId("account-organization");
        organization.setHelperText(getTranslation("account.organization-help"));
        admin = ChoiceBox.create(
                getTranslation("account.admin"),
                (filter, offset, limit) -> accounts.adminChoices(filter, keepAdmin, false, offset, limit),
                Choice::label,
                Choice::detail);
        admin.setId("account-admin");
        admin.setHelperText(getTranslation("account.admin-help"));
        status.setLabel(getTranslation("account.status"));
        status.setItems(CustomerStatus.ACTIVE, CustomerStatus.INACTIVE);
        status.setItemLabelGenerator(s -> getTranslation("customer.status." + s));
        status.setId("account-status");
        customerNumber.setId("account-customer-number");
        customerNumber.setAllowedCharPattern("[0-9]");
        customerNumber.setMaxLength(64);
        customerNumber.setHelperText(getTranslation("account.customer-number-help"));
        allowSharedBilling.setId("account-shared-billing");
        setResponsiveSteps(new ResponsiveStep("0", 1));
        add(organization, admin, status, customerNumber, allowSharedBilling);
        bind(
                Map.of(
                        "organization",
                        organization,
                        "admin",
                        admin,
                        "status",
                        status,
                        "customerNumber",
                        customerNumber,
                        "allowSharedBilling",
                        allowSharedBilling),
                organization);
    }
}
