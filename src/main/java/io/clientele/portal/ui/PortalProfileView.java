package io.clientele.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.clientele.base.ConcurrentEditException;
import io.clientele.base.FieldValidationException;
import io.clientele.base.Languages;
import io.clientele.base.ui.Notifications;
import io.clientele.customer.CustomerDetails;
import io.clientele.customer.CustomerService;
import io.clientele.security.CurrentUser;
import io.clientele.security.InvalidPasswordException;
import io.clientele.security.Role;
import io.clientele.security.UserAccountService;
import jakarta.annotation.security.RolesAllowed;

/** Portal → Profile: name, company, phone, language and password. */
@Route(value = "portal/profile", layout = PortalLayout.class)
@RolesAllowed({"CUSTOMER_ADMIN", "CUSTOMER", "GUEST"})
public class PortalProfileView extends VerticalLayout implements HasDynamicTitle {
    final TextField firstName = new TextField(getTranslation("customer.first-name"));
    final TextField lastName = new TextField(getTranslation("customer.last-name"));
    final TextField company = new TextField(getTranslation("app-users.company"));
    final TextField phone = new TextField(getTranslation("customer.phone"));
    final Select<String> language = new Select<>();
    final PasswordField current = new PasswordField(getTranslation("profile.current-password"));
    final PasswordField password = new PasswordField(getTranslation("profile.new-password"));
    final PasswordField repeat = new PasswordField(getTranslation("profile.repeat-password"));

    public PortalProfileView(CustomerService customers, UserAccountService users) {
        addClassName("portal-view");
        add(new H2(getTranslation("portal.nav.profile")));
        CurrentUser me = CurrentUser.require();
        if (me.has(Role.CUSTOMER) && me.customerScope().isPresent()) {
            add(profile(customers));
        }
        language.setLabel(getTranslation("profile.language"));
        language.setItems(Languages.CHOICES);
        language.setItemLabelGenerator(l -> getTranslation("language." + l));
        language.setValue(me.language());
        language.setId("portal-language");
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && PortalLayout.write(() -> users.changeOwnLanguage(e.getValue()))) {
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        add(language);
        current.setId("portal-current-password");
        password.setId("portal-new-password");
        password.setHelperText(getTranslation("password.rules"));
        repeat.setId("portal-repeat-password");
        Button change = new Button(getTranslation("profile.change-password"), e -> changePassword(users));
        change.setId("portal-change-password");
        FormLayout pw = new FormLayout(current, password, repeat, change);
        pw.setMaxWidth("40rem");
        add(new H3(getTranslation("profile.change-password")), pw);
        if (me.support().isEmpty()) {
            add(
                    new H3(getTranslation("passkeys.title")),
                    new Paragraph(getTranslation("passkeys.portal-intro")),
                    new Anchor("passkeys", getTranslation("passkeys.manage")));
        }
        PortalLayout.writes(language, change);
    }

    private FormLayout profile(CustomerService customers) {
        CustomerDetails d = customers.own();
        firstName.setValue(nz(d.firstName()));
        lastName.setValue(nz(d.lastName()));
        company.setValue(nz(d.companyName()));
        phone.setValue(nz(d.row().phone()));
        firstName.setId("portal-first-name");
        lastName.setId("portal-last-name");
        company.setId("portal-company");
        phone.setId("portal-phone");
        int[] version = {d.version()};
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                if (PortalLayout.write(() -> customers.updateOwn(
                        firstName.getValue(), lastName.getValue(), company.getValue(), phone.getValue(), version[0]))) {
                    version[0] = customers.own().version();
                    Notifications.success(getTranslation("portal.profile-saved"));
                }
            } catch (FieldValidationException ex) {
                Notifications.error(getTranslation(ex.getMessage()));
            } catch (ConcurrentEditException ex) {
                Notifications.error(getTranslation("error.concurrent-edit"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("portal-save-profile");
        PortalLayout.writes(save);
        FormLayout form = new FormLayout(firstName, lastName, company, phone, save);
        form.setMaxWidth("40rem");
        return form;
    }

    private void changePassword(UserAccountService users) {
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("password.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        try {
            if (PortalLayout.write(() -> users.changeOwnPassword(current.getValue(), password.getValue()))) {
                Notifications.success(getTranslation("profile.password-changed"));
                current.clear();
                password.clear();
                repeat.clear();
            }
        } catch (InvalidPasswordException ex) {
            (ex.getMessage().equals("password.current-wrong") ? current : password)
                    .setErrorMessage(getTranslation(ex.getMessage()));
            (ex.getMessage().equals("password.current-wrong") ? current : password).setInvalid(true);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.nav.profile") + " · " + getTranslation("portal.title");
    }
}
