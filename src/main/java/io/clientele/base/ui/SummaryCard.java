package io.clientele.base.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A clickable figure on top of a list; selecting it applies its filter. Reachable by keyboard. */
public class SummaryCard extends Composite<Div> {
    private final Span value = new Span();

    public SummaryCard(String id, String label, Runnable onSelect) {
        Div root = getContent();
        root.setId(id);
        root.addClassName("summary-card");
        root.getElement().setAttribute("tabindex", "0");
        root.getElement().setAttribute("role", "button");
        Span caption = new Span(label);
        caption.addClassName("summary-label");
        value.addClassName("summary-value");
        root.add(caption, value);
        root.addClickListener(e -> onSelect.run());
        com.vaadin.flow.component.Shortcuts.addShortcutListener(root, onSelect::run, Key.ENTER).listenOn(root);
    }

    public void setValue(long number) {
        value.setText(Formats.number(number));
    }

    public void setSelected(boolean selected) {
        getContent().setClassName("selected", selected);
        getContent().getElement().setAttribute("aria-pressed", String.valueOf(selected));
    }

    public String getValueText() {
        return value.getText();
    }
}
