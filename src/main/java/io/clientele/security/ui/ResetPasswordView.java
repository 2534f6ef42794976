package io.clientele.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.clientele.security.InvalidPasswordException;
import io.clientele.security.PasswordResets;

/** Target of the one-time link mailed by "Reset password". */
@Route(value = "reset-password", autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final PasswordResets users;
    private String token;

    public ResetPasswordView(PasswordResets users) {
        this.users = users;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse(null);
        removeAll();
        add(new H2(getTranslation("reset.title")));
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

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title") + " · Clientele";
    }
}
