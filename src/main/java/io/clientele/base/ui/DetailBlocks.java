package io.clientele.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The framed blocks of label/value pairs that detail pages are made of. */
public final class DetailBlocks {
    private DetailBlocks() {}

    public static Div block(String heading, Component... fields) {
        Div block = new Div(new H3(heading));
        block.addClassName("detail-block");
        Div grid = new Div(fields);
        grid.addClassName("field-grid");
        block.add(grid);
        return block;
    }

    /** What a detail page shows for a missing id; another tenant's id looks exactly the same. Returns the title. */
    public static String notFound(HasComponents page) {
        String title = UI.getCurrent().getTranslation("detail.not-found");
        page.add(new H2(title), new Paragraph(UI.getCurrent().getTranslation("detail.not-found-text")));
        return title;
    }

    /** A labelled value; blank values show as "—". */
    public static Component field(String label, String value) {
        Div f = new Div(new Span(label), new Span(value == null || value.isBlank() ? "—" : value));
        f.addClassName("field");
        return f;
    }
}
