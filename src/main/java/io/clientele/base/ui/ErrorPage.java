package io.clientele.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What the error views show inside a layout: what happened, and the way back to the start page. A subclass that is a
 * route of its own (a catch-all under a feature's path) answers the page document with 404 ({@link DocumentStatus}).
 */
public abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {
    private final H2 title = new H2();
    private final Paragraph text = new Paragraph();

    protected ErrorPage(VaadinIcon icon) {
        addClassName("error-page");
        setId("error-page");
        setAlignItems(Alignment.CENTER);
        Anchor back = new Anchor("", getTranslation("error.back-to-start"));
        back.setId("error-back");
        add(icon.create(), title, text, back);
    }

    /** Fills the page and returns the HTTP status the router answers with. */
    protected int show(String titleKey, String textKey, String path, int status) {
        title.setText(getTranslation(titleKey));
        text.setText(getTranslation(textKey, "/" + path));
        return status;
    }

    /** "No access" to the page the event leads to, 403. */
    protected int denied(BeforeEnterEvent event) {
        return show(
                "error.access-denied.title",
                "error.access-denied.text",
                event.getLocation().getPath(),
                HttpServletResponse.SC_FORBIDDEN);
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " · Clientele";
    }
}
