package io.clientele.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The frame every list view shares: a toolbar (title, then filters and actions) and the grid beside its side panel. */
public final class ListPage {
    private ListPage() {}

    public static HorizontalLayout toolbar(String title, Component... items) {
        // Markup rather than an H2 with a text node: one server node less on every open list.
        Html heading = new Html("<h2>" + org.jsoup.nodes.Entities.escape(title) + "</h2>");
        HorizontalLayout bar = new HorizontalLayout(heading);
        bar.add(items);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.expand(heading);
        bar.addClassName("toolbar");
        return bar;
    }

    public static HorizontalLayout body(PagedGrid<?> paged, SidePanel panel) {
        HorizontalLayout content = new HorizontalLayout(paged, panel);
        content.setSizeFull();
        content.setFlexGrow(1, paged);
        content.addClassName("list-content");
        return content;
    }
}
