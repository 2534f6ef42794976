package io.clientele.base.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import java.util.function.Function;

/**
 * A searchable picker over a lazy source: the typed text goes to the server, which returns one page at
 * a time. Items show a label and a secondary detail (number, e-mail).
 */
public final class ChoiceBox {
    /** The service call behind the box: filter text, offset, limit → items. */
    @FunctionalInterface
    public interface Source<T> {
        List<T> fetch(String filter, int offset, int limit);
    }

    private ChoiceBox() {}

    public static <T> ComboBox<T> create(
            String label, Source<T> source, Function<T, String> title, Function<T, String> detail) {
        ComboBox<T> box = new ComboBox<>(label);
        box.setItems(query -> source.fetch(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        box.setItemLabelGenerator(t -> {
            String d = detail.apply(t);
            return d == null || d.isBlank() ? title.apply(t) : title.apply(t) + " · " + d;
        });
        box.setRenderer(LitRenderer.<T>of("<div class='choice'><div>${item.title}</div>"
                        + "<div class='choice-detail'>${item.detail}</div></div>")
                .withProperty("title", title::apply)
                .withProperty("detail", t -> {
                    String d = detail.apply(t);
                    return d == null ? "" : d;
                }));
        box.setClearButtonVisible(true);
        box.setWidthFull();
        return box;
    }
}
