package io.clientele.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.clientele.security.PasswordResets;

/**
 * "Forgot password?" from the login page, for staff and portal customers alike: the address they sign in with gets a
 * one-time link to choose a new password. The page answers the same for every address, so it tells nobody which
 * addresses have a login.
 */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends SignInPage {
    public ForgotPasswordView(PasswordResets resets) {
        super("forgot.title");
        EmailField email = new EmailField(getTranslation("login.email"));
        email.setId("forgot-email");
        email.setRequiredIndicatorVisible(true);
        email.setErrorMessage(getTranslation("validation.email"));
        email.setWidth("22em");
        email.setAutofocus(true);
        Paragraph intro = new Paragraph(getTranslation("forgot.intro"));
        intro.setMaxWidth("22em");
        Button send = new Button(getTranslation("forgot.send"), e -> {
            String address = email.getValue().trim();
            if (address.isEmpty() || email.isInvalid()) {
                email.setInvalid(true);
                return;
            }
            resets.requestReset(
                    address,
                    UI.getCurrent().getSession().getBrowser().getAddress(),
                    UI.getCurrent().getLocale());
            removeAll();
            Paragraph sent = new Paragraph(getTranslation("forgot.sent", address));
            sent.setId("forgot-sent");
            sent.setMaxWidth("22em");
            add(new H2(getTranslation("forgot.title")), sent, new Anchor("login", getTranslation("reset.to-login")));
        });
        send.setId("forgot-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        add(
                new H2(getTranslation("forgot.title")),
                intro,
                email,
                send,
                new Anchor("login", getTranslation("reset.to-login")));
    }
}
