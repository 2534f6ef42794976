package io.clientele.customer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import io.clientele.base.ui.Notifications;
import io.clientele.security.CurrentUser;
import io.clientele.security.InvalidPasswordException;
import io.clientele.security.PasswordResets;
import io.clientele.security.Role;

/**
 * Mail a one-time reset link (the customer picks the password), or, for ADMIN and above only, set one now that the
 * customer must change at the next sign-in. Both are audited by the service, which enforces the same rule.
 */
public class ResetPasswordDialog extends Dialog {
    /** The link first: it is the default and the only one SUPPORT gets. */
    enum Mode {
        LINK,
        SET
    }

    final RadioButtonGroup<Mode> mode = new RadioButtonGroup<>();
    final PasswordField password = new PasswordField(getTranslation("profile.new-password"));
    final PasswordField repeat = new PasswordField(getTranslation("profile.repeat-password"));

    public ResetPasswordDialog(PasswordResets users, long loginId, String name, String email) {
        setId("reset-password-dialog");
        setHeaderTitle(getTranslation("customers.action.reset-password"));
        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(
                m -> getTranslation("reset-dialog." + m.name().toLowerCase()));
        mode.setValue(Mode.LINK);
        // SUPPORT only ever sends the link: a password support knows would let it sign in as the customer.
        boolean maySet = CurrentUser.get().filter(u -> u.has(Role.ADMIN)).isPresent();
        mode.setVisible(maySet);
        Paragraph setNote = new Paragraph(getTranslation("reset-dialog.set-note"));
        setNote.setVisible(false);
        password.setHelperText(getTranslation("password.rules"));
        password.setWidthFull();
        repeat.setWidthFull();
        mode.addValueChangeListener(e -> {
            password.setVisible(e.getValue() == Mode.SET);
            setNote.setVisible(e.getValue() == Mode.SET);
            repeat.setVisible(e.getValue() == Mode.SET);
        });
        password.setVisible(false);
        repeat.setVisible(false);
        VerticalLayout body = new VerticalLayout(
                new Paragraph(
                        maySet
                                ? getTranslation("reset-dialog.for", name)
                                : getTranslation("reset-dialog.link-only", name, email)),
                mode,
                setNote,
                password,
                repeat);
        body.setPadding(false);
        body.setWidth("26em");
        add(body);

        Button confirm = new Button(getTranslation("action.confirm"), e -> {
            try {
                if (mode.getValue() == Mode.LINK) {
                    users.sendResetLink(loginId, getLocale());
                    Notifications.success(getTranslation("reset-dialog.link-sent", email));
                } else {
                    if (!password.getValue().equals(repeat.getValue())) {
                        repeat.setErrorMessage(getTranslation("password.mismatch"));
                        repeat.setInvalid(true);
                        return;
                    }
                    users.setPassword(loginId, password.getValue());
                    Notifications.success(getTranslation("reset-dialog.password-set"));
                }
                close();
            } catch (InvalidPasswordException ex) {
                password.setErrorMessage(getTranslation(ex.getMessage()));
                password.setInvalid(true);
            }
        });
        confirm.setId("confirm-reset");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
