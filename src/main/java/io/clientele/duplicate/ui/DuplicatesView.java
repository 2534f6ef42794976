package io.clientele.duplicate.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.clientele.base.ui.Badge;
import io.clientele.base.ui.Cells;
import io.clientele.base.ui.Formats;
import io.clientele.base.ui.ListPage;
import io.clientele.base.ui.ListState;
import io.clientele.base.ui.ListView;
import io.clientele.base.ui.Nav;
import io.clientele.base.ui.Notifications;
import io.clientele.base.ui.PagedGrid;
import io.clientele.base.ui.RowActions;
import io.clientele.base.ui.SidePanel;
import io.clientele.duplicate.DuplicateService;
import io.clientele.duplicate.DuplicateService.Pair;
import io.clientele.duplicate.MergeService;
import io.clientele.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Management → Duplicates (ADMIN): likely duplicate customers by score, with why (same mailbox, same phone,
 * similar names); Scan now; each pair opens either customer, is merged (with Undo) or is dismissed for good.
 */
@Menu(order = Nav.MANAGEMENT + 80, title = "nav.duplicates", icon = "vaadin:copy-o")
@Route("duplicates")
@RolesAllowed(Roles.ADMIN)
public class DuplicatesView extends ListView {
    static final String ROUTE = "duplicates";

    private final DuplicateService duplicates;
    private final MergeService merges;
    private final PagedGrid<Pair> paged = new PagedGrid<>(new Grid<>());
    private final Grid<Pair> grid = paged.getGrid();
    private final Checkbox dismissed = new Checkbox();

    public DuplicatesView(DuplicateService duplicates, MergeService merges) {
        super("nav.duplicates");
        this.duplicates = duplicates;
        this.merges = merges;
        addClassName("list-view");
        setSizeFull();
        grid.setId("duplicate-grid");
        dismissed.setLabel(getTranslation("duplicates.show-dismissed"));
        dismissed.setId("show-dismissed");
        grid.addColumn(Cells.badge(
                        p -> String.valueOf(p.score()),
                        p -> p.score() >= 80
                                ? Badge.Tone.ERROR
                                : p.score() >= 60 ? Badge.Tone.WARNING : Badge.Tone.NEUTRAL))
                .setKey("score")
                .setHeader(getTranslation("duplicates.col.score"))
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addComponentColumn(p -> new Anchor("customers/" + p.firstId(), p.firstName()))
                .setKey("first")
                .setHeader(getTranslation("duplicates.col.customer"))
                .setFlexGrow(2);
        grid.addComponentColumn(p -> new Anchor("customers/" + p.secondId(), p.secondName()))
                .setKey("second")
                .setHeader(getTranslation("duplicates.col.duplicate"))
                .setFlexGrow(2);
        grid.addColumn(p -> p.reasons().stream()
                        .map(r -> getTranslation("duplicates.reason." + r))
                        .collect(Collectors.joining(", ")))
                .setKey("reasons")
                .setHeader(getTranslation("duplicates.col.reasons"))
                .setTooltipGenerator(p -> p.reasons().stream()
                        .map(r -> getTranslation("duplicates.reason." + r))
                        .collect(Collectors.joining(", ")))
                .setFlexGrow(2);
        grid.addColumn(p -> Formats.dateTime(p.foundAt()))
                .setKey("found")
                .setHeader(getTranslation("duplicates.col.found"));
        RowActions.addTo(grid, this::actionsFor, p -> getTranslation("customers.actions-for", p.firstName()));
        paged.onOpen(p -> UI.getCurrent().navigate("customers/" + p.firstId()));
        state = new ListState(ROUTE, paged, paged::refresh)
                .emptyText("duplicates.empty")
                .flag("dismissed", getTranslation("duplicates.show-dismissed"), dismissed);
        paged.setSource(dismissed::getValue, duplicates::list, duplicates::count);
        Button scan = new Button(getTranslation("duplicates.scan"), VaadinIcon.SEARCH.create(), e -> {
            DuplicateService.ScanResult r = duplicates.scan();
            Notifications.success(getTranslation("duplicates.scanned", r.pairs(), r.added()));
            paged.refresh();
        });
        scan.setId("scan-duplicates");
        scan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout body = ListPage.body(paged, new SidePanel());
        add(ListPage.toolbar(getTranslation("nav.duplicates"), dismissed, scan), state.chips(), body);
        setFlexGrow(1, body);
    }

    /** Open either customer; Dismiss while the pair is open. */
    List<RowActions.Action> actionsFor(Pair p) {
        List<RowActions.Action> actions = new ArrayList<>(List.of(
                new RowActions.Action(
                        getTranslation("duplicates.open", p.firstName()),
                        () -> UI.getCurrent().navigate("customers/" + p.firstId()),
                        "open-first"),
                new RowActions.Action(
                        getTranslation("duplicates.open", p.secondName()),
                        () -> UI.getCurrent().navigate("customers/" + p.secondId()),
                        "open-second")));
        if (!p.dismissed()) {
            actions.add(new RowActions.Action(
                    getTranslation("merge.action"), () -> new MergeDialog(merges, p, paged::refresh).open(), "merge"));
            actions.add(new RowActions.Action(
                    getTranslation("duplicates.dismiss"),
                    () -> {
                        duplicates.dismiss(p.id());
                        Notifications.success(getTranslation("duplicates.dismissed"));
                        paged.refresh();
                    },
                    "dismiss"));
        }
        return actions;
    }

    PagedGrid<Pair> paged() {
        return paged;
    }
}
