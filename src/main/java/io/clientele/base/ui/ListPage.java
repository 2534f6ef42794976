package io.clientele.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.QueryParameters;

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

    /** A list's "Import customers…" (for ADMIN): an icon button to Management → Import. */
    public static Button importCustomers(String id) {
        return importRecords(id, "customers");
    }

    /**
     * A list's "Import …" (for ADMIN) of its {@code records} ("customers", "organizations" or "contacts"): an icon button to
     * Management → Import, opened for those records.
     */
    public static Button importRecords(String id, String records) {
        Button importing = new Button(
                VaadinIcon.UPLOAD.create(),
                e -> e.getSource()
                        .getUI()
                        .ifPresent(ui -> ui.navigate("import", QueryParameters.of("records", records))));
        importing.setId(id);
        importing.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        importing.setAriaLabel(importing.getTranslation(records + ".import"));
        importing.setTooltipText(importing.getTranslation(records + ".import"));
        return importing;
    }

    public static HorizontalLayout body(PagedGrid<?> paged, SidePanel panel) {
        HorizontalLayout content = new HorizontalLayout(paged, panel);
        content.setSizeFull();
        content.setFlexGrow(1, paged);
        content.addClassName("list-content");
        return content;
    }
}
