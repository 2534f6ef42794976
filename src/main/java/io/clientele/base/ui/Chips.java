package io.clientele.base.ui;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.function.Function;

/** Labels shown side by side (sources, groups). */
public final class Chips {
    private Chips() {}

    public static Div of(List<String> labels) {
        return of(labels, l -> l);
    }

    public static Div of(List<String> labels, Function<String, String> caption) {
        Div chips = new Div();
        chips.addClassName("chips");
        labels.forEach(l -> chips.add(new Badge(caption.apply(l), Badge.Tone.NEUTRAL)));
        return chips;
    }
}
