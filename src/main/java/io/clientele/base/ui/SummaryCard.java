package io.clientele.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.html.Div;

/**
 * A clickable figure on top of a list; selecting it applies its filter. Reachable by keyboard. One element: the
 * style sheet draws caption and figure from its attributes (and screen readers get both as its label), so an open
 * list does not keep two more server components per card.
 */
public class SummaryCard extends Composite<Div> {

    public SummaryCard(String id, String label, Runnable onSelect) {
        Div root = getContent();
        root.setId(id);
        root.addClassName("summary-card");
        root.getElement().setAttribute("tabindex", "0");
        root.getElement().setAttribute("role", "button");
        root.getElement().setAttribute("data-label", label);
        root.getElement().setAttribute("aria-label", label);
        root.addClickListener(e -> onSelect.run());
        com.vaadin.flow.component.Shortcuts.addShortcutListener(root, onSelect::run, Key.ENTER)
                .listenOn(root);
    }

    public void setValue(long number) {
        var card = getContent().getElement();
        String value = Formats.number(number);
        card.setAttribute("data-value", value);
        card.setAttribute("aria-label", card.getAttribute("data-label") + ": " + value);
    }

    public void setSelected(boolean selected) {
        getContent().setClassName("selected", selected);
        getContent().getElement().setAttribute("aria-pressed", String.valueOf(selected));
    }

    public String getValueText() {
        return java.util.Objects.toString(getContent().getElement().getAttribute("data-value"), "");
    }
}
