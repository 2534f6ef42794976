package io.clientele.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.clientele.security.InvalidPasswordException;
import io.clientele.security.PasswordResets;

/** Target of the one-time link mailed by "Reset password". */
@Route(value = "reset-password", autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends SignInPage implements BeforeEnterObserver {
    private final PasswordResets users;
    private String token;

    public ResetPasswordView(PasswordResets users) {
        super("reset.title");
        this.users = users;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = token(event);
        restart();
        if (!users.isResetTokenUsable(token)) {
            add(
                    new Paragraph(getTranslation("password.reset-link-invalid")),
                    new Anchor("login", getTranslation("reset.to-login")));
            return;
        }
        NewPassword password = new NewPassword();
        Button save = new Button(
                getTranslation("reset.save"),
                e -> password.value().ifPresent(chosen -> {
                    try {
                        users.resetWithToken(token, chosen);
                        removeAll();
                        add(
                                new H2(getTranslation("reset.done")),
                                new Anchor("login", getTranslation("reset.to-login")));
                    } catch (InvalidPasswordException ex) {
                        password.refused(ex.getMessage());
                    }
                }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        add(password, save);
    }
}
