package io.clientele.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.clientele.base.ui.Notifications;
import io.clientele.portal.AppUserService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/** Create User: e-mail, password (minimum length shown, strength as you type), full name, company. */
class CreateAppUserDialog extends Dialog {
    final AppUserFields fields = new AppUserFields("app-user");
    final ProgressBar strength = new ProgressBar(0, 4);
    final Span strengthText = new Span();

    CreateAppUserDialog(AppUserService appUsers, LongConsumer created) {
        setId("create-app-user-dialog");
        setHeaderTitle(getTranslation("app-users.create"));
        fields.password.setValueChangeMode(ValueChangeMode.EAGER);
        strength.setId("password-strength");
        strengthText.setId("password-strength-text");
        strengthText.addClassName("strength-text");
        fields.password.addValueChangeListener(e -> showStrength(e.getValue()));
        showStrength("");
        FormLayout form =
                new FormLayout(fields.email, fields.password, strength, strengthText, fields.fullName, fields.company);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setWidth("24rem");
        add(form);
        Button save = new Button(getTranslation("action.create"), e -> {
            AtomicLong id = new AtomicLong();
            if (fields.submit(d -> id.set(appUsers.create(d)))) {
                Notifications.success(
                        getTranslation("app-users.created", fields.draft().getEmail()));
                close();
                created.accept(id.get());
            }
        });
        save.setId("save-app-user");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void showStrength(String value) {
        int score = PasswordStrength.score(value, fields.email.getValue());
        strength.setValue(score);
        strength.getElement().setAttribute("data-score", String.valueOf(score));
        strengthText.setText(getTranslation("password.strength." + score));
    }
}
