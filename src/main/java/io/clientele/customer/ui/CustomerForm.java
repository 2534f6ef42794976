package io.clientele.customer.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import io.clientele.base.ui.EntityForm;
import io.clientele.customer.CustomerDraft;
import io.clientele.customer.CustomerStatus;
import io.clientele.customer.CustomerType;
import io.clientele.customer.Team;
import java.util.List;
import java.util.Map;

/** The customer side-panel form (add and edit): Binder + Bean Validation, server rules mapped onto fields. */
public class CustomerForm extends EntityForm<CustomerDraft> {
    final RadioButtonGroup<CustomerType> type = new RadioButtonGroup<>(getTranslation("customer.type"));
    final TextField firstName = new TextField(getTranslation("customer.first-name"));
    final TextField lastName = new TextField(getTranslation("customer.last-name"));
    final TextField companyName = new TextField(getTranslation("customer.company-name"));
    final EmailField email = new EmailField(getTranslation("customer.email"));
    final TextField phone = new TextField(getTranslation("customer.phone"));
    final Select<CustomerStatus> status = new Select<>();
    final Checkbox allTeams = new Checkbox(getTranslation("customer.all-teams"));
    final MultiSelectComboBox<Team> teams = new MultiSelectComboBox<>(getTranslation("customer.teams"));

    public CustomerForm(List<Team> allTeamList) {
        super(CustomerDraft.class);
        setId("customer-form");
        type.setItems(CustomerType.values());
        type.setItemLabelGenerator(t -> getTranslation("customer.type." + t));
        status.setLabel(getTranslation("customer.status"));
        status.setItems(CustomerStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("customer.status." + s));
        phone.setHelperText(getTranslation("customer.phone-help"));
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("validation.email")));
        teams.setItems(allTeamList);
        teams.setItemLabelGenerator(Team::getName);
        type.addValueChangeListener(e -> companyName.setVisible(e.getValue() == CustomerType.BUSINESS));
        allTeams.addValueChangeListener(e -> teams.setEnabled(!e.getValue()));
        companyName.setVisible(false);

        setResponsiveSteps(new ResponsiveStep("0", 1));
        add(type, companyName, firstName, lastName, email, phone, status, allTeams, teams);
        bind(
                Map.of(
                        "firstName",
                        firstName,
                        "lastName",
                        lastName,
                        "companyName",
                        companyName,
                        "email",
                        email,
                        "phone",
                        phone,
                        "teams",
                        teams),
                firstName);
    }

    /** Who a customer being typed may already be: name, e-mail and phone in, one line per likely duplicate out. */
    @FunctionalInterface
    public interface DuplicateCheck {
        List<String> likely(String name, String email, String phone);
    }

    /** Warns under the fields, as the name, e-mail or phone is typed, about customers this one may duplicate. */
    public void warnAboutDuplicates(DuplicateCheck check) {
        Div warning = new Div();
        warning.setId("duplicate-warning");
        warning.addClassName("duplicate-warning");
        warning.setVisible(false);
        addComponentAtIndex(indexOf(phone) + 1, warning);
        Runnable recheck = () -> {
            String name = type.getValue() == CustomerType.BUSINESS
                    ? companyName.getValue()
                    : firstName.getValue() + " " + lastName.getValue();
            List<String> likely = check.likely(name, email.getValue(), phone.getValue());
            warning.removeAll();
            warning.setVisible(!likely.isEmpty());
            if (!likely.isEmpty()) {
                warning.add(new Span(getTranslation("duplicates.warning")));
                likely.forEach(l -> warning.add(new Div(l)));
            }
        };
        for (var field : List.of(firstName, lastName, companyName, phone)) {
            field.addValueChangeListener(e -> recheck.run());
        }
        email.addValueChangeListener(e -> recheck.run());
    }

    /** For lists of one kind only (Customers (B2C)): the type is set and not offered. */
    public void fixType(CustomerType fixed) {
        type.setValue(fixed);
        type.setVisible(false);
    }
}
