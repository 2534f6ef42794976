package io.clientele.trash.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.ui.Badge;
import io.clientele.base.ui.Filters;
import io.clientele.base.ui.Formats;
import io.clientele.base.ui.ListPage;
import io.clientele.base.ui.ListState;
import io.clientele.base.ui.ListView;
import io.clientele.base.ui.Nav;
import io.clientele.base.ui.Notifications;
import io.clientele.base.ui.PagedGrid;
import io.clientele.base.ui.RowActions;
import io.clientele.base.ui.SidePanel;
import io.clientele.base.ui.TypedConfirmDialog;
import io.clientele.duplicate.MergeService;
import io.clientele.security.Roles;
import io.clientele.tenant.Tenant;
import io.clientele.tenant.TenantService;
import io.clientele.trash.TrashService;
import io.clientele.trash.TrashService.Kind;
import io.clientele.trash.TrashService.TrashRow;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/**
 * Management → Trash (ADMIN): soft-deleted customers, customer accounts and organizations with who deleted them and
 * when; the list pattern with search and a Kind filter; Open, Restore and Permanently delete (typed DELETE).
 */
@Menu(order = Nav.MANAGEMENT + 90, title = "nav.trash", icon = "vaadin:trash")
@Route("trash")
@RolesAllowed(Roles.ADMIN)
public class TrashView extends ListView {
    static final String ROUTE = "trash";

    private final TrashService trash;
    private final MergeService merges;
    private final PagedGrid<TrashRow> paged = new PagedGrid<>(new Grid<>());
    private final Grid<TrashRow> grid = paged.getGrid();
    private final TextField search = Filters.search(getTranslation("trash.search"));
    private final MultiSelectComboBox<Kind> kinds =
            Filters.multi(getTranslation("filter.any"), k -> getTranslation("trash.kind." + k), Kind.values());
    private static final List<Integer> RETENTION_DAYS = List.of(30, 90, 365);

    public TrashView(TrashService trash, TenantService tenants, MergeService merges) {
        super("nav.trash");
        this.trash = trash;
        this.merges = merges;
        addClassName("list-view");
        setSizeFull();
        search.setId("trash-search");
        kinds.setId("trash-kind");
        kinds.setWidth("16rem");
        kinds.setPlaceholder(getTranslation("trash.all-kinds"));
        grid.setId("trash-grid");
        grid.addComponentColumn(r -> r.merged()
                        ? new HorizontalLayout(
                                new Badge(getTranslation("trash.kind." + r.kind()), Badge.Tone.CONTRAST),
                                new Badge(getTranslation("trash.merged"), Badge.Tone.NEUTRAL))
                        : new Badge(getTranslation("trash.kind." + r.kind()), Badge.Tone.CONTRAST))
                .setKey("kind")
                .setSortProperty("kind")
                .setHeader(getTranslation("trash.col.kind"))
                .setWidth("14rem")
                .setFlexGrow(0);
        paged.addColumn("name", TrashRow::name, "trash.col.name")
                .setTooltipGenerator(TrashRow::name)
                .setFlexGrow(2);
        paged.addColumn("deletedAt", r -> Formats.dateTime(r.deletedAt()), "trash.col.deleted-at");
        paged.addColumn("deletedBy", r -> r.deletedBy() == null ? "—" : r.deletedBy(), "trash.col.deleted-by");
        RowActions.addTo(grid, this::actionsFor, r -> getTranslation("customers.actions-for", r.name()));
        paged.onOpen(this::open);
        state = new ListState(ROUTE, paged, paged::refresh)
                .emptyText("trash.empty")
                .noMatchText("trash.no-results")
                .text("q", getTranslation("filter.search"), search)
                .enums(
                        "kind",
                        getTranslation("trash.col.kind"),
                        kinds,
                        Kind.class,
                        k -> getTranslation("trash.kind." + k));
        paged.setSource(
                () -> new TrashFilter(search.getValue(), kinds.getValue()),
                (f, page) -> trash.list(f.text(), f.kinds(), page),
                f -> trash.count(f.text(), f.kinds()));
        paged.setDefaultSort("deletedAt", SortDirection.DESCENDING);
        HorizontalLayout body = ListPage.body(paged, new SidePanel());
        add(ListPage.toolbar(getTranslation("nav.trash"), kinds, search), retention(tenants), state.chips(), body);
        setFlexGrow(1, body);
    }

    /** How long deleted customers wait before they are anonymized, and a run now instead of tonight. */
    private Component retention(TenantService tenants) {
        Select<Integer> after = new Select<>();
        after.setId("trash-retention");
        after.setLabel(getTranslation("trash.retention"));
        after.setItems(RETENTION_DAYS);
        after.setEmptySelectionAllowed(true);
        after.setEmptySelectionCaption(getTranslation("trash.retention-never"));
        after.setItemLabelGenerator(
                d -> d == null ? getTranslation("trash.retention-never") : getTranslation("trash.retention-days", d));
        after.setTooltipText(getTranslation("trash.retention-help"));
        after.setWidth("18rem");
        Integer current = tenants.current().map(Tenant::getTrashRetentionDays).orElse(null);
        if (current != null && !RETENTION_DAYS.contains(current)) {
            after.setItems(java.util.stream.Stream.concat(RETENTION_DAYS.stream(), java.util.stream.Stream.of(current))
                    .sorted()
                    .toList());
        }
        after.setValue(current);
        Button now = new Button(getTranslation("trash.retention-run"), e -> {
            TrashService.Retention done = trash.anonymizeExpired();
            Notifications.success(getTranslation("trash.retention-done", done.anonymized(), done.kept()));
            paged.refresh();
        });
        now.setId("trash-retention-run");
        now.setEnabled(current != null);
        after.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                tenants.setTrashRetention(e.getValue());
                now.setEnabled(e.getValue() != null);
                Notifications.success(getTranslation("trash.retention-saved"));
            }
        });
        HorizontalLayout row = new HorizontalLayout(after, now);
        row.setAlignItems(Alignment.END);
        row.addClassName("trash-retention");
        return row;
    }

    /** The row's ⋮ menu (and right-click): Open, Restore unless erased, Delete permanently. */
    List<RowActions.Action> actionsFor(TrashRow r) {
        List<RowActions.Action> actions = new ArrayList<>();
        // A deleted contact has no page of its own to open; the others show theirs, marked deleted.
        if (r.kind() != Kind.CONTACT) {
            actions.add(new RowActions.Action(getTranslation("action.open"), () -> open(r), "open"));
        }
        if (r.merged()) {
            merges.mergeOf(r.id())
                    .ifPresent(merge -> actions.add(new RowActions.Action(
                            getTranslation("trash.undo-merge"),
                            () -> {
                                merges.undo(merge);
                                Notifications.success(getTranslation("merge.undone"));
                                paged.refresh();
                            },
                            "undo-merge")));
        } else if (!r.erased()) {
            // An account needs a new customer admin: its own page asks for one.
            actions.add(new RowActions.Action(
                    getTranslation("trash.restore"),
                    r.kind() == Kind.ACCOUNT ? () -> open(r) : () -> restore(r),
                    "restore"));
        }
        actions.add(new RowActions.Action(getTranslation("trash.delete-permanently"), () -> delete(r), "delete"));
        return actions;
    }

    private void open(TrashRow r) {
        UI.getCurrent()
                .navigate(
                        switch (r.kind()) {
                            case CUSTOMER -> "customers/" + r.id();
                            case ACCOUNT -> "customer-accounts/" + r.id();
                            case ORGANIZATION -> "users/companies/" + r.id();
                            case CONTACT -> "users/contacts";
                        });
    }

    private void restore(TrashRow r) {
        try {
            trash.restore(r.kind(), r.id());
            Notifications.success(getTranslation("trash.restored", r.name()));
            paged.refresh();
        } catch (ActionRefusedException e) {
            Notifications.refused(e);
        }
    }

    private void delete(TrashRow r) {
        new TypedConfirmDialog(
                        getTranslation("trash.delete-title"),
                        getTranslation("trash.delete-warning", r.name()),
                        TypedConfirmDialog.Effect.PERMANENT,
                        getTranslation("trash.delete-permanently"),
                        () -> {
                            trash.permanentlyDelete(r.kind(), r.id());
                            Notifications.success(getTranslation("trash.deleted", r.name()));
                            paged.refresh();
                        })
                .open();
    }

    PagedGrid<TrashRow> paged() {
        return paged;
    }

    /** The search and the kinds chosen, read together on the UI thread for the rows and the count. */
    private record TrashFilter(String text, java.util.Set<Kind> kinds) {}
}
