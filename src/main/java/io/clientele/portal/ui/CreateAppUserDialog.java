package io.clientele.portal.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.clientele.base.FieldValidationException;
import io.clientele.base.ui.FieldMessages;
import io.clientele.base.ui.Notifications;
import io.clientele.portal.AppUserDraft;
import io.clientele.portal.AppUserService;
import io.clientele.security.InvalidPasswordException;
import io.clientele.security.PasswordPolicy;
import java.util.Map;
import java.util.function.LongConsumer;

/** Create User: e-mail, password (minimum length shown, strength as you type), full name, company. */
class CreateAppUserDialog extends Dialog {
    final EmailField email = new EmailField(getTranslation("app-users.email"));
    final PasswordField password = new PasswordField(getTranslation("app-users.password"));
    final TextField fullName = new TextField(getTranslation("app-users.full-name"));
    final TextField company = new TextField(getTranslation("app-users.company"));
    final ProgressBar strength = new ProgressBar(0, 4);
    final Span strengthText = new Span();
    private final BeanValidationBinder<AppUserDraft> binder = new BeanValidationBinder<>(AppUserDraft.class);

    CreateAppUserDialog(AppUserService appUsers, LongConsumer created) {
        setId("create-app-user-dialog");
        setHeaderTitle(getTranslation("app-users.create"));
        email.setRequiredIndicatorVisible(true);
        email.setId("app-user-email");
        password.setRequiredIndicatorVisible(true);
        password.setHelperText(getTranslation("app-users.password-min", PasswordPolicy.MIN_LENGTH));
        password.setValueChangeMode(ValueChangeMode.EAGER);
        password.setId("app-user-password");
        fullName.setId("app-user-full-name");
        company.setId("app-user-company");
        binder.bindInstanceFields(this);
        binder.setBean(new AppUserDraft());
        strength.setId("password-strength");
        strengthText.setId("password-strength-text");
        strengthText.addClassName("strength-text");
        password.addValueChangeListener(e -> showStrength(e.getValue()));
        showStrength("");
        FormLayout form = new FormLayout(email, password, strength, strengthText, fullName, company);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setWidth("24rem");
        add(form);
        Button save = new Button(getTranslation("action.create"), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                long id = appUsers.create(binder.getBean());
                Notifications.success(getTranslation("app-users.created", binder.getBean().getEmail()));
                close();
                created.accept(id);
            } catch (InvalidPasswordException ex) {
                password.setErrorMessage(getTranslation(ex.getMessage()));
                password.setInvalid(true);
            } catch (FieldValidationException ex) {
                FieldMessages.show(ex, Map.<String, HasValidation>of("email", email, "password", password,
                        "fullName", fullName, "company", company), email);
            }
        });
        save.setId("save-app-user");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void showStrength(String value) {
        int score = PasswordStrength.score(value, email.getValue());
        strength.setValue(score);
        strength.getElement().setAttribute("data-score", String.valueOf(score));
        strengthText.setText(getTranslation("password.strength." + score));
    }
}
