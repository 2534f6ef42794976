package io.clientele.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.FieldValidationException;
import io.clientele.base.ui.Confirm;
import io.clientele.base.ui.Formats;
import io.clientele.base.ui.Notifications;
import io.clientele.security.CurrentUser;
import io.clientele.security.Passkeys;
import jakarta.annotation.security.PermitAll;

/**
 * Your passkeys, for staff and portal customers alike: add one (named, e.g. "Work laptop"), rename and remove; with
 * one, you sign in from the login page without a password or code.
 */
@Route(value = "passkeys", autoLayout = false)
@PermitAll
public class PasskeysView extends SignInPage implements BeforeEnterObserver {
    private final Passkeys passkeys;
    private final UnorderedList list = new UnorderedList();

    public PasskeysView(Passkeys passkeys) {
        super("passkeys.title");
        this.passkeys = passkeys;
        list.setId("passkeys");
        list.addClassName("passkey-list");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentUser.require().support().isPresent()) {
            event.forwardTo("");
            return;
        }
        PasskeyScript.load(UI.getCurrent());
        restart();
        add(new Paragraph(getTranslation("passkeys.intro")), list);
        TextField label = new TextField(getTranslation("passkeys.label"));
        label.setId("passkey-label");
        label.setValue(getTranslation("passkeys.default-label"));
        label.setWidth("22em");
        Button addKey = new Button(getTranslation("passkeys.add"), e -> add(label));
        addKey.setId("add-passkey");
        addKey.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(label, addKey, new Anchor("", getTranslation("two-factor.back")));
        show();
    }

    private void add(TextField label) {
        String name = label.getValue().strip();
        if (name.isEmpty() || name.length() > 100) {
            label.setErrorMessage(getTranslation("passkeys.label-invalid"));
            label.setInvalid(true);
            return;
        }
        label.setInvalid(false);
        PasskeyScript.run(
                this,
                "register",
                name,
                () -> {
                    Notifications.success(getTranslation("passkeys.added", name));
                    show();
                },
                error -> Notifications.error(getTranslation("passkeys.failed")));
    }

    private void show() {
        list.removeAll();
        var mine = passkeys.mine();
        if (mine.isEmpty()) {
            list.add(new ListItem(getTranslation("passkeys.none")));
        }
        for (Passkeys.Passkey p : mine) {
            Span name = new Span(p.label());
            name.addClassName("passkey-name");
            Span when = new Span(getTranslation(
                    "passkeys.when",
                    p.created() == null ? "—" : Formats.dateTime(p.created()),
                    p.lastUsed() == null ? getTranslation("staff.never") : Formats.dateTime(p.lastUsed())));
            when.addClassName("passkey-when");
            Button rename = new Button(getTranslation("passkeys.rename"), e -> rename(p));
            rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button remove = new Button(getTranslation("passkeys.remove"), e -> remove(p));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("passkeys.remove-named", p.label()));
            rename.setAriaLabel(getTranslation("passkeys.rename-named", p.label()));
            HorizontalLayout row = new HorizontalLayout(name, when, rename, remove);
            row.setAlignItems(Alignment.BASELINE);
            list.add(new ListItem(row));
        }
    }

    private void rename(Passkeys.Passkey p) {
        TextField field = new TextField(getTranslation("passkeys.label"));
        field.setValue(p.label());
        field.setWidthFull();
        Confirm.ask(getTranslation("passkeys.rename"), "", getTranslation("action.save"), () -> {
                    try {
                        passkeys.rename(p.id(), field.getValue());
                        show();
                    } catch (FieldValidationException e) {
                        Notifications.error(getTranslation(e.getMessage()));
                    }
                })
                .add(field);
    }

    private void remove(Passkeys.Passkey p) {
        Confirm.dangerous(
                getTranslation("passkeys.remove-title"),
                getTranslation("passkeys.remove-question", p.label()),
                getTranslation("passkeys.remove"),
                () -> {
                    try {
                        passkeys.remove(p.id());
                        Notifications.success(getTranslation("passkeys.removed", p.label()));
                        show();
                    } catch (ActionRefusedException e) {
                        Notifications.refused(e);
                    }
                });
    }
}
