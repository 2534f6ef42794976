package io.clientele.base.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.clientele.base.ActionRefusedException;

/**
 * A destructive action confirmed by typing DELETE exactly (case-sensitive, no spaces): the button stays
 * disabled until then. A refusal from the service is explained inside the dialog; nothing changes.
 */
public class TypedConfirmDialog extends Dialog {
    public static final String WORD = "DELETE";

    private final TextField typed = new TextField();
    private final Button confirm;
    private final Paragraph refusal = new Paragraph();

    /** What the action does to the record: the dialog says whether it can be undone. */
    public enum Effect {
        RECOVERABLE,
        PERMANENT
    }

    public TypedConfirmDialog(String title, String warning, Effect effect, String confirmText, Runnable action) {
        setHeaderTitle(title);
        addClassName("typed-confirm-dialog");
        Paragraph text = new Paragraph(warning);
        text.addClassName("confirm-warning");
        Paragraph irreversible = new Paragraph(
                getTranslation(effect == Effect.PERMANENT ? "confirm.cannot-undo" : "confirm.can-recover"));
        irreversible.setId("confirm-effect");
        typed.setLabel(getTranslation("confirm.type-word", WORD));
        typed.setId("confirm-word");
        typed.setValueChangeMode(ValueChangeMode.EAGER);
        typed.setWidthFull();
        refusal.addClassName("confirm-refusal");
        refusal.setVisible(false);
        add(text, irreversible, typed, refusal);

        confirm = new Button(confirmText, e -> {
            if (!matches(typed.getValue())) {
                return;
            }
            try {
                action.run();
                close();
            } catch (ActionRefusedException refused) {
                refusal.setText(getTranslation(refused.getMessage(), refused.args()));
                refusal.setVisible(true);
                typed.setEnabled(false);
                e.getSource().setEnabled(false);
            }
        });
        confirm.setId("confirm-delete");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setEnabled(false);
        // Enter in the field confirms once the word is right, as the button would.
        confirm.addClickShortcut(Key.ENTER).listenOn(typed);
        typed.addValueChangeListener(e -> confirm.setEnabled(matches(e.getValue())));
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(e -> typed.focus());
    }

    public static boolean matches(String typed) {
        return WORD.equals(typed);
    }

    public TextField typedField() {
        return typed;
    }

    public Button confirmButton() {
        return confirm;
    }

    public String refusalText() {
        return refusal.isVisible() ? refusal.getText() : "";
    }
}
