package io.clientele.portal.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import io.clientele.base.FieldValidationException;
import io.clientele.base.ui.FieldMessages;
import io.clientele.portal.AppUserDraft;
import io.clientele.security.InvalidPasswordException;
import io.clientele.security.PasswordPolicy;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The four fields a new portal login is made of (Create User and the portal's sign-up): the password rule shown
 * under the password, the form's own checks first, then the service's, each on its field.
 */
class AppUserFields {
    final EmailField email = new EmailField(t("app-users.email"));
    final PasswordField password = new PasswordField(t("app-users.password"));
    final TextField fullName = new TextField(t("app-users.full-name"));
    final TextField company = new TextField(t("app-users.company"));
    private final BeanValidationBinder<AppUserDraft> binder = new BeanValidationBinder<>(AppUserDraft.class);

    /** {@code idPrefix} names the fields, e.g. "signup" gives "signup-email". */
    AppUserFields(String idPrefix) {
        email.setRequiredIndicatorVisible(true);
        email.setId(idPrefix + "-email");
        password.setRequiredIndicatorVisible(true);
        password.setHelperText(t("app-users.password-min", PasswordPolicy.MIN_LENGTH));
        password.setId(idPrefix + "-password");
        fullName.setId(idPrefix + "-full-name");
        company.setId(idPrefix + "-company");
        binder.bindInstanceFields(this);
        binder.setBean(new AppUserDraft());
    }

    AppUserDraft draft() {
        return binder.getBean();
    }

    /** Runs {@code create} on a valid draft; true when it went through, otherwise the problems are on the fields. */
    boolean submit(Consumer<AppUserDraft> create) {
        if (!binder.validate().isOk()) {
            return false;
        }
        try {
            create.accept(binder.getBean());
            return true;
        } catch (InvalidPasswordException ex) {
            password.setErrorMessage(t(ex.getMessage()));
            password.setInvalid(true);
        } catch (FieldValidationException ex) {
            FieldMessages.show(
                    ex,
                    Map.<String, HasValidation>of(
                            "email", email, "password", password, "fullName", fullName, "company", company),
                    email);
        }
        return false;
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
