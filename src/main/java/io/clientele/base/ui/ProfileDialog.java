package io.clientele.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import io.clientele.base.Languages;
import io.clientele.security.CurrentUser;
import io.clientele.security.InvalidPasswordException;
import io.clientele.security.UserAccountService;
import org.springframework.stereotype.Component;

/** Profile: language (applies at once) and own password change. */
public class ProfileDialog extends Dialog {

    ProfileDialog(UserAccountService users) {
        CurrentUser me = CurrentUser.require();
        setHeaderTitle(getTranslation("profile.title"));
        setId("profile-dialog");

        Select<String> language = new Select<>();
        language.setLabel(getTranslation("profile.language"));
        language.setItems(Languages.CHOICES);
        language.setItemLabelGenerator(tag -> getTranslation("language." + tag));
        language.setValue(me.language());
        language.setId("profile-language");
        language.addValueChangeListener(e -> {
            users.changeOwnLanguage(e.getValue());
            UiLocale.apply(UI.getCurrent(), Languages.locale(e.getValue()));
            UI.getCurrent().getPage().reload();
        });

        PasswordField current = new PasswordField(getTranslation("profile.current-password"));
        PasswordField fresh = new PasswordField(getTranslation("profile.new-password"));
        fresh.setHelperText(getTranslation("password.rules"));
        PasswordField repeat = new PasswordField(getTranslation("profile.repeat-password"));
        Button change = new Button(getTranslation("profile.change-password"), e -> {
            current.setInvalid(false);
            fresh.setInvalid(false);
            repeat.setInvalid(false);
            if (!fresh.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("password.mismatch"));
                repeat.setInvalid(true);
                return;
            }
            try {
                users.changeOwnPassword(current.getValue(), fresh.getValue());
                Notifications.success(getTranslation("profile.password-changed"));
                close();
            } catch (InvalidPasswordException ex) {
                PasswordField target = "password.current-wrong".equals(ex.getMessage()) ? current : fresh;
                target.setErrorMessage(getTranslation(ex.getMessage()));
                target.setInvalid(true);
            }
        });
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        FormLayout form = new FormLayout(language, new H4(getTranslation("profile.password")), current, fresh, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setWidth("24em");
        add(form);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()), change);
    }

    @Component
    public static class Factory {
        private final UserAccountService users;

        Factory(UserAccountService users) {
            this.users = users;
        }

        public void open() {
            new ProfileDialog(users).open();
        }
    }
}
