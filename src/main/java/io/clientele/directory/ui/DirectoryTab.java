package io.clientele.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import io.clientele.base.ui.Filters;
import io.clientele.base.ui.ListPage;
import io.clientele.base.ui.ListState;
import io.clientele.base.ui.Notifications;
import io.clientele.base.ui.PagedGrid;
import io.clientele.base.ui.SidePanel;
import io.clientele.directory.DirectoryFilter;
import io.clientele.security.CurrentUser;
import io.clientele.security.Role;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Pageable;

/**
 * One tab of the Users page: search, Filters (in the side panel), checkbox selection with Delete, New …
 * (side-panel form) and a click on a row opens the record's page.
 */
abstract class DirectoryTab<T> extends VerticalLayout {
    protected final PagedGrid<T> paged = new PagedGrid<>(new Grid<>());
    protected final Grid<T> grid = paged.getGrid();
    protected final SidePanel panel = new SidePanel();
    protected final TextField search;
    protected final Button delete = new Button(getTranslation("action.delete"), VaadinIcon.TRASH.create());
    protected final boolean canChange = CurrentUser.require().has(Role.ADMIN);
    /** The tab's search and filters, page and sort in the URL; subclasses bind their filters to it. */
    protected final ListState state;

    private final String kind;

    /** {@code kind} is the URL segment (companies, contacts, customers) and the prefix of ids and i18n keys. */
    DirectoryTab(String kind) {
        this.kind = kind;
        setPadding(false);
        setSizeFull();
        search = Filters.search(getTranslation("directory." + kind + ".search"));
        search.setId(kind + "-search");
        state = new ListState("users/" + kind, paged, paged::refresh)
                .text("q", getTranslation("filter.search"), search);
        Button filters = new Button(
                getTranslation("directory.filters"),
                VaadinIcon.FILTER.create(),
                e -> panel.open(getTranslation("directory.filters"), filterForm()));
        filters.setId(kind + "-filters");
        HorizontalLayout bar = new HorizontalLayout(search, filters);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();
        Component spacer = new com.vaadin.flow.component.html.Span();
        bar.add(spacer);
        bar.expand(spacer);
        if (canChange) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            delete.setId(kind + "-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            delete.setEnabled(false);
            delete.addClickListener(e -> confirmDelete(grid.getSelectedItems()));
            grid.addSelectionListener(
                    e -> delete.setEnabled(!e.getAllSelectedItems().isEmpty()));
            Button create =
                    new Button(getTranslation("directory." + kind + ".new"), VaadinIcon.PLUS.create(), e -> openNew());
            create.setId(kind + "-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            if ("customers".equals(kind)) {
                bar.add(ListPage.importCustomers("customers-import"));
            } else if ("companies".equals(kind)) {
                bar.add(ListPage.importRecords("companies-import", "organizations"));
            } else if ("contacts".equals(kind)) {
                bar.add(ListPage.importRecords("contacts-import", "contacts"));
            }
            bar.add(delete, create);
        }
        grid.setId(kind + "-grid");
        // A B2C customer's one page is the customer page.
        paged.onOpen(row -> UI.getCurrent()
                .navigate(("customers".equals(kind) ? "customers/" : "users/" + kind + "/") + idOf(row)));
        add(bar, state.chips(), ListPage.body(paged, panel));
        setFlexGrow(1, getComponentAt(2));
    }

    /** The tab's rows for the current search and filters, sorted by name until the user sorts otherwise. */
    protected void setSource(
            java.util.function.Supplier<DirectoryFilter> filter,
            java.util.function.BiFunction<DirectoryFilter, Pageable, List<T>> fetch,
            java.util.function.ToLongFunction<DirectoryFilter> count) {
        paged.setSource(filter, fetch, count);
        paged.setDefaultSort("name", SortDirection.ASCENDING);
    }

    /** The URL decides the search, filters, sort and page; then the rows load once. */
    void apply(com.vaadin.flow.router.Location location) {
        state.apply(location);
    }

    /** The Filters panel's fields; they apply as they change. */
    protected abstract FormLayout filterForm();

    protected abstract void openNew();

    protected abstract void confirmDelete(Set<T> selected);

    protected abstract long idOf(T row);

    /**
     * Asks "Delete N …?" (with {@code extra} choices, if any); on Delete runs {@code action}, which returns how
     * many records it deleted, then clears the selection and shows the page again. With an {@code undo}, the
     * notification offers Undo, which brings exactly those records back.
     */
    protected void confirmDelete(int selected, Component extra, java.util.function.IntSupplier action, Runnable undo) {
        Dialog dialog = new Dialog(getTranslation("directory." + kind + ".delete-title", selected));
        dialog.addClassName("delete-users-dialog");
        dialog.add(new Paragraph(getTranslation("directory." + kind + ".delete-question", selected)));
        if (extra != null) {
            dialog.add(extra);
        }
        Button confirm = new Button(getTranslation("action.delete"), e -> {
            int n = action.getAsInt();
            dialog.close();
            grid.deselectAll();
            String deleted = getTranslation("directory." + kind + ".deleted", n);
            if (undo == null) {
                Notifications.success(deleted);
            } else {
                Notifications.withUndo(deleted, getTranslation("action.undo"), () -> {
                    try {
                        undo.run();
                        Notifications.success(getTranslation("directory." + kind + ".restored", n));
                    } catch (io.clientele.base.ActionRefusedException refused) {
                        Notifications.refused(refused);
                    }
                    paged.refreshPage();
                });
            }
            paged.refreshPage();
        });
        confirm.setId("confirm-delete-users");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    PagedGrid<T> paged() {
        return paged;
    }

    SidePanel panel() {
        return panel;
    }
}
