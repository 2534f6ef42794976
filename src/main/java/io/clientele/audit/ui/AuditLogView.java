package io.clientele.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.clientele.audit.AuditEvent;
import io.clientele.audit.AuditExport;
import io.clientele.audit.AuditFilter;
import io.clientele.audit.AuditService;
import io.clientele.base.ui.CsvDownload;
import io.clientele.base.ui.DateRangeFilter;
import io.clientele.base.ui.DetailBlocks;
import io.clientele.base.ui.Filters;
import io.clientele.base.ui.Formats;
import io.clientele.base.ui.ListPage;
import io.clientele.base.ui.ListState;
import io.clientele.base.ui.ListView;
import io.clientele.base.ui.Nav;
import io.clientele.base.ui.PagedGrid;
import io.clientele.base.ui.SidePanel;
import io.clientele.security.CurrentUser;
import io.clientele.security.Role;
import io.clientele.security.Roles;
import io.clientele.tenant.Tenant;
import io.clientele.tenant.TenantService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Settings → Audit log: who did what, when, on whose behalf — read only (nothing in the UI or the services can
 * change an entry). Every column filters, the filter is in the URL, a row shows its before → after, and the
 * download streams exactly what the filter shows. A SYSTEM_ADMIN may widen it to all tenants.
 */
@Menu(order = Nav.SETTINGS + 30, title = "nav.audit-log", icon = "vaadin:clipboard-text")
@Route("settings/audit-log")
@RolesAllowed(Roles.ADMIN)
public class AuditLogView extends ListView {
    static final String ROUTE = "settings/audit-log";

    private final AuditService audit;
    private final PagedGrid<AuditEvent> paged = new PagedGrid<>(new Grid<>());
    private final Grid<AuditEvent> grid = paged.getGrid();
    private final SidePanel panel = new SidePanel();
    private final TextField search = Filters.search(getTranslation("audit.search"));
    private final TextField actor = Filters.text(getTranslation("filter.contains"));
    private final TextField onBehalfOf = Filters.text(getTranslation("filter.contains"));
    private final ComboBox<String> action = new ComboBox<>();
    private final ComboBox<String> entityType = new ComboBox<>();
    private final DateRangeFilter occurred = new DateRangeFilter();
    private final Checkbox allTenants = new Checkbox(getTranslation("audit.all-tenants"));
    private final boolean operator = CurrentUser.require().has(Role.SYSTEM_ADMIN);
    private final Map<Long, String> tenantNames;
    /** What the list shows now; the download (served outside the UI's request) writes exactly this. */
    private volatile AuditFilter shown = AuditFilter.empty();

    public AuditLogView(AuditService audit, AuditExport export, TenantService tenants) {
        super("nav.audit-log");
        this.audit = audit;
        tenantNames =
                operator ? tenants.all().stream().collect(Collectors.toMap(Tenant::getId, Tenant::getName)) : Map.of();
        addClassName("list-view");
        setSizeFull();
        configureGrid();
        state = new ListState(ROUTE, paged, this::refresh)
                .emptyText("audit.empty")
                .text("q", getTranslation("filter.search"), search)
                .text("actor", getTranslation("audit.col.actor"), actor)
                .inHeader("actor")
                .text("behalf", getTranslation("audit.col.on-behalf-of"), onBehalfOf)
                .inHeader("behalf")
                .text("action", getTranslation("audit.col.action"), action)
                .inHeader("action")
                .text("entity", getTranslation("audit.col.entity"), entityType)
                .inHeader("entity")
                .dates("when", getTranslation("audit.col.time"), occurred);
        if (operator) {
            state.flag("all", getTranslation("audit.all-tenants"), allTenants);
        }
        loadChoices();
        allTenants.addValueChangeListener(e -> loadChoices());
        paged.setSource(this::filter, audit::list, audit::count);
        paged.seekBy(AuditEvent::getId);
        paged.setDefaultSort("time", SortDirection.DESCENDING);
        paged.onOpen(this::details);
        HorizontalLayout content = ListPage.body(paged, panel);
        add(toolbar(export), state.chips(), content);
        setFlexGrow(1, content);
    }

    private Component toolbar(AuditExport export) {
        search.setId("audit-search");
        allTenants.setId("audit-all-tenants");
        allTenants.setVisible(operator);
        Anchor download = CsvDownload.button(
                getTranslation("audit.download-csv"),
                "download-audit-csv",
                export::fileName,
                (out, locale) -> export.write(out, shown, locale, Formats.zone()));
        return ListPage.toolbar(getTranslation("nav.audit-log"), search, allTenants, download);
    }

    private void configureGrid() {
        grid.setId("audit-grid");
        Locale locale = getLocale();
        grid.addColumn(e -> Formats.dateTime(e.getOccurredAt()))
                .setKey("time")
                .setSortProperty("occurredAt")
                .setHeader(getTranslation("audit.col.time"))
                .setWidth("10rem")
                .setFlexGrow(0);
        if (operator) {
            grid.addColumn(e -> e.getTenantId() == null
                            ? "—"
                            : tenantNames.getOrDefault(e.getTenantId(), "#" + e.getTenantId()))
                    .setKey("tenant")
                    .setSortProperty("tenantId")
                    .setHeader(getTranslation("audit.col.tenant"))
                    .setWidth("9rem")
                    .setFlexGrow(0);
        }
        grid.addColumn(e -> Objects.toString(e.getActorEmail(), ""))
                .setKey("actor")
                .setSortProperty("actorEmail")
                .setHeader(getTranslation("audit.col.actor"))
                .setTooltipGenerator(AuditEvent::getActorEmail)
                .setWidth("10rem")
                .setFlexGrow(1);
        grid.addColumn(e -> Objects.toString(e.getOnBehalfOf(), ""))
                .setKey("behalf")
                .setSortProperty("onBehalfOf")
                .setHeader(getTranslation("audit.col.on-behalf-of"))
                .setWidth("7.5rem")
                .setFlexGrow(0);
        paged.addColumn("action", e -> e.actionLabel(locale), "audit.col.action", "10rem", 0)
                .setTooltipGenerator(AuditEvent::getAction);
        grid.addColumn(e -> e.getEntityType() == null
                        ? ""
                        : e.getEntityType() + (e.getEntityId() == null ? "" : " #" + e.getEntityId()))
                .setKey("entity")
                .setSortProperty("entityType")
                .setHeader(getTranslation("audit.col.entity"))
                .setWidth("8.5rem")
                .setFlexGrow(0);
        paged.addColumn("summary", e -> e.summary(locale), "audit.col.summary", "14rem", 3)
                .setSortable(false)
                .setTooltipGenerator(e -> e.summary(locale));
        grid.getColumns().stream().filter(c -> !"summary".equals(c.getKey())).forEach(c -> c.setSortable(true));

        action.setPlaceholder(getTranslation("filter.any"));
        action.setItemLabelGenerator(code -> AuditEvent.actionLabel(code, locale));
        entityType.setPlaceholder(getTranslation("filter.any"));
        for (ComboBox<String> box : List.of(action, entityType)) {
            box.setClearButtonVisible(true);
            box.setWidthFull();
            box.addThemeName("small");
        }
        // Its address parameter is "when"; on the page it is named after its column.
        occurred.setId("filter-time");
        Filters.inHeader(grid.getColumnByKey("time"), occurred);
    }

    AuditFilter filter() {
        return new AuditFilter(
                search.getValue(),
                actor.getValue(),
                onBehalfOf.getValue(),
                Objects.toString(action.getValue(), ""),
                Objects.toString(entityType.getValue(), ""),
                occurred.getValue(),
                Formats.zone(),
                operator && allTenants.getValue(),
                getLocale());
    }

    private void refresh() {
        shown = filter();
        paged.refresh();
    }

    private void loadChoices() {
        boolean wide = operator && allTenants.getValue();
        action.setItems(audit.actions(wide));
        entityType.setItems(audit.entityTypes(wide));
    }

    /** Before → after of one event; nothing here can change it. */
    private void details(AuditEvent e) {
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.add(
                DetailBlocks.field(getTranslation("audit.col.time"), Formats.dateTime(e.getOccurredAt())),
                DetailBlocks.field(getTranslation("audit.col.actor"), e.getActorEmail()),
                DetailBlocks.field(getTranslation("audit.col.on-behalf-of"), e.getOnBehalfOf()),
                DetailBlocks.field(
                        getTranslation("audit.col.action"), e.actionLabel(getLocale()) + " (" + e.getAction() + ")"),
                DetailBlocks.field(getTranslation("audit.col.summary"), e.summary(getLocale())));
        body.add(
                state(getTranslation("audit.before"), e.getBeforeState()),
                state(getTranslation("audit.after"), e.getAfterState()));
        body.setId("audit-details");
        panel.open(getTranslation("audit.details"), body);
    }

    private Component state(String label, String text) {
        Pre pre = new Pre(text == null ? "—" : text);
        pre.addClassName("audit-state");
        VerticalLayout block = new VerticalLayout(new Span(label), pre);
        block.setPadding(false);
        block.setSpacing(false);
        return block;
    }

    PagedGrid<AuditEvent> paged() {
        return paged;
    }

    SidePanel panel() {
        return panel;
    }
}
