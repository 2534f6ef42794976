package io.clientele.importing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.clientele.base.ui.Badge;
import io.clientele.base.ui.Filters;
import io.clientele.base.ui.Formats;
import io.clientele.base.ui.ListPage;
import io.clientele.base.ui.ListState;
import io.clientele.base.ui.ListView;
import io.clientele.base.ui.Nav;
import io.clientele.base.ui.PagedGrid;
import io.clientele.base.ui.RowActions;
import io.clientele.base.ui.SidePanel;
import io.clientele.importing.ImportHistory;
import io.clientele.importing.ImportHistory.Entry;
import io.clientele.importing.ImportHistory.State;
import io.clientele.importing.ImportRun;
import io.clientele.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Management → Import history (ADMIN): every import of the tenant on the list pattern — when, file, who, where it
 * stands and what it did — with its failed rows to download and Undo import while the retention allows.
 */
@Menu(order = Nav.MANAGEMENT + 86, title = "nav.import-history", icon = "vaadin:time-backward")
@Route("import-history")
@RolesAllowed(Roles.ADMIN)
public class ImportHistoryView extends ListView {
    static final String ROUTE = "import-history";

    private final ImportHistory history;
    private final Clock clock;
    private final PagedGrid<Entry> paged = new PagedGrid<>(new Grid<>());
    private final Grid<Entry> grid = paged.getGrid();
    private final SidePanel panel = new SidePanel();
    private final TextField search = Filters.search(getTranslation("import.history-search"));

    public ImportHistoryView(ImportHistory history, Clock clock) {
        super("nav.import-history");
        this.history = history;
        this.clock = clock;
        addClassName("list-view");
        setSizeFull();
        Button add = new Button(
                getTranslation("import.new"),
                VaadinIcon.UPLOAD.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ImportView.class)));
        add.setId("new-import");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.setId("import-history-search");
        grid.setId("import-history");
        // The route is not under /import: the side bar would mark both entries as the page.
        paged.addColumn("createdAt", e -> Formats.dateTime(e.startedAt()), "import.col.started", "10rem", 0);
        paged.addColumn("fileName", Entry::fileName, "import.col.file")
                .setTooltipGenerator(Entry::fileName)
                .setFlexGrow(2);
        paged.addColumn("startedBy", Entry::startedBy, "import.col.by").setTooltipGenerator(Entry::startedBy);
        paged.addColumn(
                "records", e -> getTranslation("import.records." + e.records()), "import.col.records", "9rem", 0);
        grid.addComponentColumn(this::state)
                .setKey("status")
                .setSortProperty("status")
                .setHeader(getTranslation("import.col.state"))
                .setWidth("8rem")
                .setFlexGrow(0);
        // Wide enough for three counts ("37 created · 4 updated · 3 skipped") beside the file and who started it.
        paged.addColumn("outcome", this::outcome, "import.col.outcome")
                .setTooltipGenerator(this::fullOutcome)
                .setWidth("16rem")
                .setFlexGrow(1);
        RowActions.addTo(grid, this::actions, e -> getTranslation("customers.actions-for", e.fileName()));
        paged.onOpen(this::open);
        state = new ListState(ROUTE, paged, paged::refresh)
                .emptyText("import.history-none")
                .noMatchText("import.history-no-match")
                .text("q", getTranslation("filter.search"), search);
        paged.setSource(search::getValue, history::list, history::count);
        paged.setDefaultSort("createdAt", SortDirection.DESCENDING);
        HorizontalLayout body = ListPage.body(paged, panel);
        add(ListPage.toolbar(getTranslation("nav.import-history"), search, add), state.chips(), body);
        setFlexGrow(1, body);
    }

    private Component state(Entry e) {
        Badge.Tone tone = switch (e.state()) {
            case DONE -> Badge.Tone.SUCCESS;
            case RUNNING, UNDOING -> Badge.Tone.CONTRAST;
            case CANCELLED, UNDONE -> Badge.Tone.NEUTRAL;
            case FAILED -> Badge.Tone.ERROR;
        };
        return new Badge(getTranslation("import.state." + e.state()), tone);
    }

    /** The counts that are not zero, so the column shows what the import did without being cut off. */
    private String outcome(Entry e) {
        if (e.state() == State.RUNNING) {
            return getTranslation("import.progress", e.done(), e.total());
        }
        ImportRun.Outcome o = e.outcome();
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("created", o.created());
        counts.put("updated", o.updated());
        counts.put("skipped", o.skipped());
        counts.put("failed", o.failed());
        String done = counts.entrySet().stream()
                .filter(c -> c.getValue() > 0)
                .map(c -> getTranslation("import.outcome." + c.getKey(), c.getValue()))
                .collect(Collectors.joining(" · "));
        return done.isEmpty() ? getTranslation("import.outcome.none") : done;
    }

    private String fullOutcome(Entry e) {
        if (e.state() == State.RUNNING) {
            return outcome(e);
        }
        ImportRun.Outcome o = e.outcome();
        return getTranslation("import.outcome", o.created(), o.updated(), o.skipped(), o.failed());
    }

    private List<RowActions.Action> actions(Entry e) {
        List<RowActions.Action> actions = new ArrayList<>();
        actions.add(new RowActions.Action(getTranslation("action.open"), () -> open(e)));
        if (e.undoable(clock.instant())) {
            actions.add(new RowActions.Action(getTranslation("import.undo"), () -> undo(e), "undo"));
        }
        return actions;
    }

    private void undo(Entry e) {
        ImportActions.undo(
                history,
                e,
                p -> {
                    if (!p.finished()) {
                        paged.refreshPage();
                    }
                },
                () -> {
                    paged.refreshPage();
                    history.find(e.id()).ifPresent(this::open);
                });
        paged.refreshPage();
    }

    /** The import's counts, its failed rows and Undo, in the side panel. */
    void open(Entry e) {
        Entry now = history.find(e.id()).orElse(e);
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        content.setId("import-detail");
        content.add(state(now));
        content.add(new Span(getTranslation("import.started-by", now.startedBy(), Formats.dateTime(now.startedAt()))));
        content.add(new Span(outcome(now)));
        if (now.hasReport()) {
            content.add(ImportActions.report(history, now, "import-history-report"));
        }
        history.undoRefusal(now.id())
                .ifPresentOrElse(
                        refusal -> content.add(new Span(getTranslation(refusal.getMessage(), refusal.args()))), () -> {
                            Button undo = new Button(getTranslation("import.undo"), e2 -> undo(now));
                            undo.setId("undo-import");
                            undo.addThemeVariants(ButtonVariant.LUMO_ERROR);
                            content.add(undo);
                        });
        panel.open(now.fileName(), content);
    }

    Grid<Entry> grid() {
        return grid;
    }
}
