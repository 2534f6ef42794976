package io.clientele.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.FieldValidationException;
import io.clientele.base.ui.FieldMessages;
import io.clientele.security.InvalidPasswordException;
import io.clientele.security.StaffService;
import java.util.Map;
import java.util.Optional;

/** Target of the invitation mail: the invitee gives their name and chooses a password, then signs in. */
@Route(value = "accept-invitation", autoLayout = false)
@AnonymousAllowed
public class AcceptInvitationView extends SignInPage implements BeforeEnterObserver {
    private final StaffService staff;

    public AcceptInvitationView(StaffService staff) {
        super("invitation.title");
        this.staff = staff;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse(null);
        removeAll();
        add(new H2(getTranslation("invitation.title")));
        Optional<String> invitee = staff.invitee(token);
        if (invitee.isEmpty()) {
            add(
                    new Paragraph(getTranslation("invitation.invalid")),
                    new Anchor("login", getTranslation("reset.to-login")));
            return;
        }
        Paragraph who = new Paragraph(getTranslation("invitation.for", invitee.get()));
        who.setId("invitee");
        TextField first = new TextField(getTranslation("invitation.first-name"));
        TextField last = new TextField(getTranslation("invitation.last-name"));
        first.setId("invitation-first-name");
        last.setId("invitation-last-name");
        first.setRequiredIndicatorVisible(true);
        first.setWidth("22em");
        last.setWidth("22em");
        NewPassword password = new NewPassword();
        Button save = new Button(
                getTranslation("invitation.accept"),
                e -> password.value().ifPresent(chosen -> {
                    try {
                        staff.accept(token, first.getValue(), last.getValue(), chosen);
                        removeAll();
                        add(
                                new H2(getTranslation("invitation.done")),
                                new Anchor("login", getTranslation("reset.to-login")));
                    } catch (InvalidPasswordException ex) {
                        password.refused(ex.getMessage());
                    } catch (FieldValidationException ex) {
                        FieldMessages.show(ex, Map.of("firstName", first, "lastName", last), first);
                    } catch (ActionRefusedException ex) {
                        removeAll();
                        add(
                                new Paragraph(getTranslation(ex.getMessage())),
                                new Anchor("login", getTranslation("reset.to-login")));
                    }
                }));
        save.setId("accept-invitation");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        add(who, first, last, password, save);
        first.focus();
    }
}
