package io.clientele.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import io.clientele.base.FieldValidationException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;

/**
 * Settings lists of named labels that customers belong to (Teams, Groups): the list pattern with search, member
 * counts, and create, rename (row click) and delete for those who may edit. Texts come from "{prefix}.*" keys.
 */
public abstract class LabelListView<T> extends ListView {
    private final String prefix;
    private final String idPrefix;
    private final boolean canEdit;
    private final PagedGrid<T> paged = new PagedGrid<>(new Grid<>());
    private final SidePanel panel = new SidePanel();
    private final TextField search;
    private Map<Long, Long> memberCounts = Map.of();

    /** {@code idPrefix} names the components ("team-grid"), {@code prefix} the texts ("teams.add"). */
    protected LabelListView(String route, String idPrefix, String prefix, String titleKey, boolean canEdit) {
        super(titleKey);
        this.prefix = prefix;
        this.idPrefix = idPrefix;
        this.canEdit = canEdit;
        addClassName("list-view");
        setSizeFull();
        search = Filters.search(getTranslation(prefix + ".search"));
        search.setId(idPrefix + "-search");
        Grid<T> grid = paged.getGrid();
        grid.setId(idPrefix + "-grid");
        grid.addColumn(this::name)
                .setKey("name")
                .setSortProperty("name")
                .setTooltipGenerator(this::name)
                .setHeader(getTranslation(prefix + ".name"))
                .setFlexGrow(3);
        grid.addColumn(t -> Formats.number(memberCounts.getOrDefault(id(t), 0L)))
                .setKey("members")
                .setSortable(false)
                .setHeader(getTranslation(prefix + ".members"));
        paged.addColumn("createdAt", t -> Formats.date(createdAt(t)), "customers.col.createdAt");
        if (canEdit) {
            RowActions.addTo(grid, this::actionsFor, t -> getTranslation("customers.actions-for", name(t)));
            paged.onOpen(this::edit);
        }
        state = new ListState(route, paged, this::refresh)
                .emptyText(prefix + ".none-yet")
                .text("q", getTranslation("filter.search"), search);
        paged.setSource(search::getValue, this::list, this::count);
        paged.setDefaultSort("name", SortDirection.ASCENDING);
        HorizontalLayout content = ListPage.body(paged, panel);
        add(toolbar(), state.chips(), content);
        setFlexGrow(1, content);
    }

    protected abstract List<T> list(String search, Pageable page);

    protected abstract long count(String search);

    protected abstract Map<Long, Long> memberCounts();

    protected abstract void create(String name);

    protected abstract void rename(long id, String name);

    protected abstract void delete(long id);

    protected abstract long id(T item);

    protected abstract String name(T item);

    protected abstract Instant createdAt(T item);

    private Component toolbar() {
        if (!canEdit) {
            return ListPage.toolbar(title(), search);
        }
        Button add = new Button(getTranslation(prefix + ".add"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("add-" + idPrefix);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return ListPage.toolbar(title(), search, add);
    }

    private List<RowActions.Action> actionsFor(T t) {
        return List.of(
                new RowActions.Action(getTranslation(prefix + ".rename"), () -> edit(t), "rename"),
                new RowActions.Action(getTranslation("action.delete"), () -> confirmDelete(t), "delete"));
    }

    private void refresh() {
        memberCounts = memberCounts();
        paged.refresh();
    }

    private void edit(T item) {
        TextField name = new TextField(getTranslation(prefix + ".name"));
        name.setId(idPrefix + "-name");
        name.setWidthFull();
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(100);
        if (item != null) {
            name.setValue(name(item));
        }
        Button save = SidePanel.primary(getTranslation(item == null ? "action.create" : "action.save"), () -> {
            try {
                if (item == null) {
                    create(name.getValue());
                } else {
                    rename(id(item), name.getValue());
                }
                panel.close();
                refresh();
                Notifications.success(getTranslation("customers.saved"));
            } catch (FieldValidationException ex) {
                name.setErrorMessage(getTranslation(ex.getMessage()));
                name.setInvalid(true);
            }
        });
        save.setId("save-" + idPrefix);
        save.addClickShortcut(Key.ENTER).listenOn(name);
        panel.open(
                getTranslation(item == null ? prefix + ".add" : prefix + ".rename"),
                name,
                save,
                new Button(getTranslation("action.cancel"), e -> panel.close()));
        name.focus();
    }

    private void confirmDelete(T item) {
        Confirm.dangerous(
                getTranslation(prefix + ".delete-title", name(item)),
                getTranslation(prefix + ".delete-text", memberCounts.getOrDefault(id(item), 0L)),
                getTranslation("action.delete"),
                () -> {
                    delete(id(item));
                    refresh();
                    Notifications.success(getTranslation(prefix + ".deleted"));
                });
    }
}
