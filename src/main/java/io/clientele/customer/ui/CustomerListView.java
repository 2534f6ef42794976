package io.clientele.customer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.clientele.base.DateRange;
import io.clientele.base.ui.BulkBar;
import io.clientele.base.ui.Cells;
import io.clientele.base.ui.DateRangeFilter;
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
import io.clientele.base.ui.SummaryCard;
import io.clientele.customer.ConsentService;
import io.clientele.customer.CustomerDraft;
import io.clientele.customer.CustomerFilter;
import io.clientele.customer.CustomerGroup;
import io.clientele.customer.CustomerRow;
import io.clientele.customer.CustomerService;
import io.clientele.customer.CustomerStatus;
import io.clientele.customer.CustomerSummary;
import io.clientele.customer.CustomerType;
import io.clientele.customer.GroupService;
import io.clientele.customer.PhoneNumbers;
import io.clientele.customer.TeamService;
import io.clientele.duplicate.DuplicateService;
import io.clientele.security.CurrentUser;
import io.clientele.security.Role;
import io.clientele.security.Roles;
import io.clientele.security.UserPreferences;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Management → Customers (product page 1). Every filter, the sort and the open record live in the URL. */
@Menu(order = Nav.MANAGEMENT + 10, title = "nav.customers", icon = "vaadin:users")
@Route("customers")
@RolesAllowed(Roles.VIEWER)
public class CustomerListView extends ListView {
    static final String ROUTE = "customers";
    static final String COLUMNS_PREFERENCE = "customers.columns";
    /** The Send message column: a button per row, not a data column. */
    static final String MESSAGE_KEY = "message";

    private final CustomerService customers;
    private final DuplicateService duplicates;
    private final TeamService teams;
    private final CustomerActions recordActions;
    private final CustomerBulkActions bulkActions;
    private final CurrentUser me = CurrentUser.require();

    private final PagedGrid<CustomerRow> paged = new PagedGrid<>(new Grid<>());
    private final Grid<CustomerRow> grid = paged.getGrid();
    private final SidePanel panel = new SidePanel();
    private final TextField search = Filters.search(getTranslation("customers.search"));
    private final TextField nameFilter = Filters.text(getTranslation("filter.contains"));
    private final TextField emailFilter = Filters.text(getTranslation("filter.contains"));
    private final TextField phoneFilter = Filters.text(getTranslation("filter.contains"));
    private final MultiSelectComboBox<CustomerType> typeFilter = Filters.multi(
            getTranslation("filter.any"), t -> getTranslation("customer.type." + t), CustomerType.values());
    private final MultiSelectComboBox<CustomerStatus> statusFilter = Filters.multi(
            getTranslation("filter.any"), s -> getTranslation("customer.status." + s), CustomerStatus.values());
    private final DateRangeFilter createdFilter = new DateRangeFilter();
    private final DateRangeFilter loginFilter = new DateRangeFilter();
    private final MultiSelectComboBox<CustomerGroup> groupFilter = new MultiSelectComboBox<>();
    private final Checkbox includeDeleted = new Checkbox(getTranslation("customers.include-deleted"));
    private final SummaryCard totalCard;
    private final SummaryCard activeCard;
    private final SummaryCard pendingCard;
    private final SummaryCard recentCard;

    private final ConsentColumns consentColumns;
    /** Null for those who may not act on a selection (VIEWER). */
    private BulkBar<CustomerRow> bulkBar;

    private final CustomerBulkActions.ListContext listContext;
    private CustomerForm form;

    public CustomerListView(
            CustomerService customers,
            TeamService teams,
            CustomerActions recordActions,
            GroupService groups,
            ConsentService consents,
            CustomerBulkActions bulkActions,
            UserPreferences preferences,
            DuplicateService duplicates) {
        super("nav.customers");
        this.duplicates = duplicates;
        this.customers = customers;
        this.teams = teams;
        this.recordActions = recordActions;
        this.bulkActions = bulkActions;
        this.listContext = new CustomerBulkActions.ListContext(
                this::filter, paged::visibleColumnKeys, paged::currentSort, this::refreshAll);
        addClassName("list-view");
        setSizeFull();

        totalCard =
                new SummaryCard("card-total", getTranslation("customers.card.total"), () -> selectCard(Set.of(), null));
        activeCard = new SummaryCard(
                "card-active",
                getTranslation("customers.card.active"),
                () -> selectCard(Set.of(CustomerStatus.ACTIVE), null));
        pendingCard = new SummaryCard(
                "card-pending",
                getTranslation("customers.card.pending"),
                () -> selectCard(Set.of(CustomerStatus.PENDING), null));
        recentCard = new SummaryCard(
                "card-recent", getTranslation("customers.card.recent"), () -> selectCard(Set.of(), recentRange()));
        HorizontalLayout cards = new HorizontalLayout(totalCard, activeCard, pendingCard, recentCard);
        cards.addClassName("summary-cards");
        cards.setWidthFull();

        consentColumns = new ConsentColumns(this, consents.all());
        configureGrid();
        List<CustomerGroup> allGroups = groups.all();
        groupFilter.setItems(allGroups);
        groupFilter.setItemLabelGenerator(CustomerGroup::getName);
        groupFilter.setPlaceholder(getTranslation("customers.groups-filter"));
        groupFilter.setAriaLabel(getTranslation("customers.col.groups"));
        groupFilter.setId("filter-groups");
        groupFilter.setClearButtonVisible(true);
        groupFilter.setWidth("14rem");
        state = new ListState(ROUTE, paged, this::refreshAll)
                .emptyText("customers.empty")
                .text("q", getTranslation("filter.search"), search)
                .text("name", getTranslation("customers.col.name"), nameFilter)
                .inHeader("name")
                .text("email", getTranslation("customers.col.email"), emailFilter)
                .inHeader("email")
                .text("phone", getTranslation("customers.col.phone"), phoneFilter)
                .inHeader("phone")
                .enums(
                        "type",
                        getTranslation("customers.col.type"),
                        typeFilter,
                        CustomerType.class,
                        t -> getTranslation("customer.type." + t))
                .inHeader("type")
                .enums(
                        "status",
                        getTranslation("customers.col.status"),
                        statusFilter,
                        CustomerStatus.class,
                        st -> getTranslation("customer.status." + st))
                .inHeader("status")
                .dates("created", getTranslation("customers.col.createdAt"), createdFilter)
                .inHeader("createdAt")
                .dates("login", getTranslation("customers.col.lastLoginAt"), loginFilter)
                .choices(
                        "groups",
                        getTranslation("customers.col.groups"),
                        groupFilter,
                        allGroups,
                        CustomerGroup::getId,
                        CustomerGroup::getName)
                .flag("deleted", getTranslation("customers.include-deleted"), includeDeleted);
        consentColumns.bind(state);
        add(toolbar(), cards, state.chips());
        HorizontalLayout content = ListPage.body(paged, panel);
        add(content);
        setFlexGrow(1, content);
        panel.onClose(() -> {
            // The grid narrowed while the panel was open; show its first columns again.
            grid.getElement().executeJs("this.$.table.scrollLeft = 0");
        });

        paged.setSource(this::filter, customers::list, customers::count);
        paged.seekBy(CustomerRow::id);
        paged.onOpen(this::openDetails);
        paged.rememberColumns(() -> preferences.get(COLUMNS_PREFERENCE), v -> preferences.put(COLUMNS_PREFERENCE, v));
        if (me.has(Role.SUPPORT)) {
            bulkBar = new BulkBar<>(paged, CustomerRow::id);
            bulkActions.addTo(bulkBar, listContext);
        }
    }

    private Component toolbar() {
        HorizontalLayout bar = ListPage.toolbar(
                getTranslation("nav.customers"),
                search,
                groupFilter,
                includeDeleted,
                paged.columnChooser(key -> Objects.requireNonNullElseGet(
                        consentColumns.label(key), () -> getTranslation("customers.col." + key))));
        search.setId("customer-search");
        includeDeleted.setId("include-deleted");
        if (me.has(Role.ADMIN)) {
            // Management → Import, for customers kept elsewhere until now.
            bar.add(ListPage.importCustomers("import-customers"));
            Button add = new Button(getTranslation("customers.add"), VaadinIcon.PLUS.create(), e -> openCreate());
            add.setId("add-customer");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(add);
        }
        return bar;
    }

    private void configureGrid() {
        grid.setId("customer-grid");
        // Product page 1's columns first, sized to fit beside the menu at 1280 px; the rest follow to the right.
        String deleted = getTranslation("badge.deleted");
        grid.addColumn(Cells.avatarName(
                        CustomerRow::displayName,
                        r -> r.hasAvatar() ? "avatars/customers/" + r.id() : null,
                        CustomerRow::id,
                        r -> r.deleted() ? deleted : null))
                .setKey("name")
                .setSortProperty("displayName")
                .setHeader(getTranslation("customers.col.name"))
                .setWidth("10rem")
                .setFlexGrow(2)
                .setResizable(true)
                .setTooltipGenerator(CustomerRow::displayName);
        paged.addHiddenColumn(
                "firstName",
                () -> paged.addColumn(
                        "firstName", r -> Objects.toString(r.firstName(), ""), "customers.col.firstName", "9rem", 1));
        paged.addHiddenColumn(
                "lastName",
                () -> paged.addColumn(
                        "lastName", r -> Objects.toString(r.lastName(), ""), "customers.col.lastName", "9rem", 1));
        paged.addColumn(
                "status",
                CustomerBadges.statusCell(this, CustomerRow::status, CustomerRow::deleted),
                "customers.col.status",
                "5.75rem",
                0);
        paged.addColumn("email", r -> Objects.toString(r.email(), ""), "customers.col.email", "9.5rem", 2)
                .setResizable(true)
                .setTooltipGenerator(CustomerRow::email);
        grid.addColumn(r -> PhoneNumbers.display(r.phone()))
                .setKey("phone")
                .setSortProperty("phoneDigits")
                .setHeader(getTranslation("customers.col.phone"))
                .setWidth("7.75rem")
                .setFlexGrow(0);
        paged.addColumn("type", r -> getTranslation("customer.type." + r.type()), "customers.col.type", "6.5rem", 0);
        grid.addColumn(r -> r.allTeams() ? getTranslation("customer.all-teams") : String.join(", ", r.teams()))
                .setKey("teams")
                .setSortProperty("teamsLabel")
                .setHeader(getTranslation("customers.col.teams"))
                .setWidth("6rem")
                .setFlexGrow(1)
                .setTooltipGenerator(r -> r.allTeams() ? null : String.join(", ", r.teams()));
        Grid.Column<CustomerRow> lastLogin = paged.addColumn(
                "lastLoginAt", r -> Formats.dateTime(r.lastLoginAt()), "customers.col.lastLoginAt", "8rem", 0);
        Filters.inHeader(lastLogin, loginFilter);
        paged.addColumn("id", r -> Formats.number(r.id()), "customers.col.id", "7rem", 0);
        String pushOn = getTranslation("customers.push-yes");
        grid.addColumn(Cells.icon(VaadinIcon.BELL, "push-on", r -> r.push() ? pushOn : null))
                .setKey("push")
                .setHeader(getTranslation("customers.col.push"))
                .setWidth("6.5rem")
                .setFlexGrow(0);
        grid.addColumn(r -> Formats.dateTime(r.nextVisit()))
                .setKey("nextVisit")
                .setSortProperty("nextVisitAt")
                .setHeader(getTranslation("customers.col.nextVisit"))
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(Cells.chips(CustomerRow::groups))
                .setKey("groups")
                .setHeader(getTranslation("customers.col.groups"))
                .setWidth("10rem")
                .setFlexGrow(1)
                .setTooltipGenerator(r -> r.groups().isEmpty() ? null : String.join(", ", r.groups()));
        paged.addColumn("createdAt", r -> Formats.date(r.createdAt()), "customers.col.createdAt", "8rem", 0);
        grid.getColumns().forEach(c -> c.setSortable(!Set.of("push", "groups").contains(c.getKey())));
        consentColumns.addTo(grid);
        if (me.has(Role.SUPPORT)) {
            grid.addColumn(Cells.iconButton(
                            VaadinIcon.ENVELOPE_O,
                            "message-button",
                            r -> getTranslation("customers.message-to", r.displayName()),
                            r -> !r.deleted(),
                            r -> bulkActions.sendMessageTo(bulkBar, r, listContext)))
                    .setKey(MESSAGE_KEY)
                    .setHeader(getTranslation("customers.col.message"))
                    .setWidth("6rem")
                    .setFlexGrow(0);
            paged.buttonColumn(MESSAGE_KEY);
        }
        RowActions.addTo(grid, this::actionsFor, r -> getTranslation("customers.actions-for", r.displayName()));
        grid.setPartNameGenerator(r -> r.deleted() ? "deleted" : null);

        consentColumns.addFilters(grid);
        loginFilter.setId("filter-login");
    }

    /** View details, then the customer's own actions (the same ones its page offers). */
    List<RowActions.Action> actionsFor(CustomerRow r) {
        List<RowActions.Action> actions = new ArrayList<>();
        actions.add(new RowActions.Action(getTranslation("customers.action.view"), () -> openDetails(r)));
        actions.addAll(recordActions.of(r, () -> openEdit(r.id()), paged::refreshPage));
        return actions;
    }

    private void openDetails(CustomerRow r) {
        UI.getCurrent().navigate("customers/" + r.id());
    }

    private void openCreate() {
        showForm(null, new CustomerDraft(), getTranslation("customers.add"), getTranslation("action.create"));
    }

    void openEdit(long id) {
        showForm(id, customers.draftOf(id), getTranslation("customers.edit"), getTranslation("action.update"));
    }

    private void showForm(Long id, CustomerDraft draft, String heading, String saveText) {
        form = new CustomerForm(teams.all());
        if (id == null) {
            form.warnAboutDuplicates((name, email, phone) -> duplicates.likely(name, email, phone).stream()
                    .map(m -> m.name() + " — "
                            + m.reasons().stream()
                                    .map(r -> getTranslation("duplicates.reason." + r))
                                    .collect(java.util.stream.Collectors.joining(", ")))
                    .toList());
        }
        panel.openForm(heading, form, draft, saveText, "save-customer", d -> {
            if (id == null) {
                customers.create(d);
                Notifications.success(getTranslation("customers.created"));
            } else {
                customers.update(id, d);
                Notifications.success(getTranslation("customers.saved"));
            }
            refreshAll();
        });
    }

    // --- filters and URL ---

    private CustomerFilter filter() {
        DateRange created = createdFilter.getValue();
        DateRange login = loginFilter.getValue();
        return new CustomerFilter(
                search.getValue(),
                nameFilter.getValue(),
                emailFilter.getValue(),
                phoneFilter.getValue(),
                typeFilter.getValue(),
                statusFilter.getValue(),
                groupFilter.getValue().stream().map(CustomerGroup::getId).collect(Collectors.toSet()),
                consentColumns.answers(),
                created.from(),
                created.to(),
                login.from(),
                login.to(),
                includeDeleted.getValue(),
                Formats.zone());
    }

    private void refreshAll() {
        paged.refresh();
        CustomerSummary s = customers.summary(Formats.zone());
        totalCard.setValue(s.total());
        activeCard.setValue(s.active());
        pendingCard.setValue(s.pending());
        recentCard.setValue(s.recent());
        boolean noCardFilter =
                statusFilter.getValue().isEmpty() && createdFilter.getValue().isAny();
        totalCard.setSelected(noCardFilter);
        activeCard.setSelected(statusFilter.getValue().equals(Set.of(CustomerStatus.ACTIVE)));
        pendingCard.setSelected(statusFilter.getValue().equals(Set.of(CustomerStatus.PENDING)));
        recentCard.setSelected(createdFilter.getValue().equals(recentRange()));
    }

    private void selectCard(Set<CustomerStatus> statuses, DateRange created) {
        state.change(() -> {
            statusFilter.setValue(statuses);
            createdFilter.setValue(created == null ? DateRange.ANY : created);
        });
    }

    private static DateRange recentRange() {
        return new DateRange(LocalDate.now(Formats.zone()).minusDays(CustomerService.RECENT_DAYS - 1), null);
    }

    // Package-private access for UI tests.
    QueryParameters toParameters() {
        return state.parameters();
    }

    PagedGrid<CustomerRow> paged() {
        return paged;
    }

    SidePanel panel() {
        return panel;
    }

    CustomerForm form() {
        return form;
    }

    BulkBar<CustomerRow> bulkBar() {
        return bulkBar;
    }
}
