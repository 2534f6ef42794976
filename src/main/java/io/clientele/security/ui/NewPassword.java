package io.clientele.security.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Optional;

/** A new password typed twice, with the rules shown: the reset page's and the invitation page's. */
class NewPassword extends Composite<VerticalLayout> {
    private final PasswordField password = new PasswordField(getTranslation("profile.new-password"));
    private final PasswordField repeat = new PasswordField(getTranslation("profile.repeat-password"));

    NewPassword() {
        password.setId("new-password");
        repeat.setId("repeat-password");
        password.setHelperText(getTranslation("password.rules"));
        password.setWidth("22em");
        repeat.setWidth("22em");
        getContent().setPadding(false);
        getContent().setAlignItems(VerticalLayout.Alignment.CENTER);
        getContent().add(password, repeat);
    }

    /** The password when both fields agree; otherwise empty, with the mismatch shown. */
    Optional<String> value() {
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setInvalid(true);
            repeat.setErrorMessage(getTranslation("password.mismatch"));
            return Optional.empty();
        }
        repeat.setInvalid(false);
        return Optional.of(password.getValue());
    }

    /** The password rule it broke. */
    void refused(String messageKey) {
        password.setInvalid(true);
        password.setErrorMessage(getTranslation(messageKey));
    }
}
