package io.clientele.base.ui;

import com.vaadin.flow.component.html.Span;

/** A small coloured label (status, DELETED, role); colours live in clientele.css. */
public class Badge extends Span {
    public enum Tone {
        SUCCESS,
        WARNING,
        ERROR,
        CONTRAST,
        NEUTRAL
    }

    public Badge(String text, Tone tone) {
        super(text);
        addClassNames("badge", "badge-" + tone.name().toLowerCase());
    }
}
