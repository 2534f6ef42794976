package io.clientele.directory.ui;

import com.vaadin.flow.component.html.Div;
import io.clientele.base.ui.Badge;
import java.util.List;
import java.util.function.Function;

/** Labels shown side by side (sources, groups). */
final class Chips {
    private Chips() {
    }

    static Div of(List<String> labels, Function<String, String> caption) {
        Div chips = new Div();
        chips.addClassName("chips");
        labels.forEach(l -> chips.add(new Badge(caption.apply(l), Badge.Tone.NEUTRAL)));
        return chips;
    }
}
