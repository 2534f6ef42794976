package io.clientele.customer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.*;
import io.clientele.base.ui.*;
import io.clientele.base.DateRange;
import io.clientele.customer.*;
import io.clientele.security.CurrentUser;
import io.clientele.security.Role;
import io.clientele.security.Roles;
import io.clientele.security.UserAccountService;
import jakarta.annotation.security.RolesAllowed;
import tools.jackson.databind.node.JsonNodeFactory;
import java.time.LocalDate;
import java.util.*;
import java.util.stream.Collectors;

/** Management → Customers (product page 1). Every filter, the sort and the open record live in the URL. */
@Route("customers")
@RolesAllowed(Roles.VIEWER)
public class CustomerListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    static final String ROUTE = "customers";

    private final CustomerService customers;
    private final TeamService teams;
    private final UserAccountService users;
    private final CurrentUser me = CurrentUser.require();

    private final PagedGrid<CustomerRow> paged = new PagedGrid<>(new Grid<>());
    private final Grid<CustomerRow> grid = paged.getGrid();
    private final SidePanel panel = new SidePanel();
    private final TextField search = Filters.search(getTranslation("customers.search"));
    private final TextField nameFilter = Filters.text(getTranslation("filter.contains"));
    private final TextField emailFilter = Filters.text(getTranslation("filter.contains"));
    private final TextField phoneFilter = Filters.text(getTranslation("filter.contains"));
    private final MultiSelectComboBox<CustomerType> typeFilter = Filters.multi(getTranslation("filter.any"),
            t -> getTranslation("customer.type." + t), CustomerType.values());
    private final MultiSelectComboBox<CustomerStatus> statusFilter = Filters.multi(getTranslation("filter.any"),
            s -> getTranslation("customer.status." + s), CustomerStatus.values());
    private final DateRangeFilter createdFilter = new DateRangeFilter();
    private final DateRangeFilter loginFilter = new DateRangeFilter();
    private final Checkbox includeDeleted = new Checkbox(getTranslation("customers.include-deleted"));
    private final SummaryCard totalCard;
    private final SummaryCard activeCard;
    private final SummaryCard pendingCard;
    private final SummaryCard recentCard;

    private boolean applyingUrl;
    private String sortParam = "";
    private CustomerForm form;

    public CustomerListView(CustomerService customers, TeamService teams, UserAccountService users) {
        this.customers = customers;
        this.teams = teams;
        this.users = users;
        addClassName("list-view");
        setSizeFull();

        totalCard = new SummaryCard("card-total", getTranslation("customers.card.total"), () -> selectCard(Set.of(), null));
        activeCard = new SummaryCard("card-active", getTranslation("customers.card.active"),
                () -> selectCard(Set.of(CustomerStatus.ACTIVE), null));
        pendingCard = new SummaryCard("card-pending", getTranslation("customers.card.pending"),
                () -> selectCard(Set.of(CustomerStatus.PENDING), null));
        recentCard = new SummaryCard("card-recent", getTranslation("customers.card.recent"),
                () -> selectCard(Set.of(), recentRange()));
        HorizontalLayout cards = new HorizontalLayout(totalCard, activeCard, pendingCard, recentCard);
        cards.addClassName("summary-cards");
        cards.setWidthFull();

        configureGrid();
        add(toolbar(), cards);
        HorizontalLayout content = ListPage.body(paged, panel);
        add(content);
        setFlexGrow(1, content);
        panel.onClose(() -> {
            // The grid narrowed while the panel was open; show its first columns again.
            grid.getElement().executeJs("this.$.table.scrollLeft = 0");
        });

        List.of(search, nameFilter, emailFilter, phoneFilter).forEach(f -> f.addValueChangeListener(e -> filtersChanged()));
        typeFilter.addValueChangeListener(e -> filtersChanged());
        statusFilter.addValueChangeListener(e -> filtersChanged());
        createdFilter.addValueChangeListener(e -> filtersChanged());
        loginFilter.addValueChangeListener(e -> filtersChanged());
        includeDeleted.addValueChangeListener(e -> filtersChanged());
        paged.onSortChange(orders -> {
            sortParam = orders.isEmpty() ? "" : orders.getFirst().getSorted() + ","
                    + (orders.getFirst().getDirection() == SortDirection.DESCENDING ? "desc" : "asc");
            // The grid has already refetched its rows; a new order changes neither the total nor the cards.
            if (!applyingUrl) {
                pushUrl();
            }
        });
        paged.setSource(page -> customers.list(filter(), page), () -> customers.count(filter()));
    }

    private Component toolbar() {
        Button clear = new Button(getTranslation("filter.clear-all"), VaadinIcon.CLOSE_SMALL.create(), e -> clearFilters());
        clear.setId("clear-filters");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Map<Grid.Column<CustomerRow>, String> chooser = new LinkedHashMap<>();
        grid.getColumns().stream().filter(c -> c.getKey() != null && !"actions".equals(c.getKey()))
                .forEach(c -> chooser.put(c, getTranslation("customers.col." + c.getKey())));
        HorizontalLayout bar = ListPage.toolbar(getTranslation("nav.customers"), search, includeDeleted, clear,
                ColumnChooser.create(grid, chooser));
        search.setId("customer-search");
        includeDeleted.setId("include-deleted");
        if (me.has(Role.ADMIN)) {
            Button add = new Button(getTranslation("customers.add"), VaadinIcon.PLUS.create(), e -> openCreate());
            add.setId("add-customer");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(add);
        }
        return bar;
    }

    private void configureGrid() {
        grid.setId("customer-grid");
        grid.addComponentColumn(this::nameCell).setKey("name").setSortProperty("displayName")
                .setHeader(getTranslation("customers.col.name")).setWidth("13rem").setFlexGrow(2).setResizable(true);
        grid.addColumn(r -> Objects.toString(r.email(), "")).setKey("email").setSortProperty("email")
                .setHeader(getTranslation("customers.col.email")).setWidth("14rem").setFlexGrow(2).setResizable(true);
        grid.addColumn(r -> Objects.toString(r.phone(), "")).setKey("phone").setSortProperty("phoneDigits")
                .setHeader(getTranslation("customers.col.phone")).setWidth("10rem").setFlexGrow(0);
        grid.addColumn(r -> getTranslation("customer.type." + r.type())).setKey("type").setSortProperty("type")
                .setHeader(getTranslation("customers.col.type")).setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(r -> r.allTeams() ? getTranslation("customer.all-teams") : String.join(", ", r.teams()))
                .setKey("teams").setSortProperty("teamsLabel")
                .setHeader(getTranslation("customers.col.teams")).setWidth("9rem").setFlexGrow(1).setTooltipGenerator(r ->
                        r.allTeams() ? null : String.join(", ", r.teams()));
        grid.addComponentColumn(CustomerBadges::status).setKey("status").setSortProperty("status")
                .setHeader(getTranslation("customers.col.status")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(r -> Formats.shortDate(r.createdAt())).setKey("createdAt").setSortProperty("createdAt")
                .setHeader(getTranslation("customers.col.createdAt")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(r -> Formats.shortDateTime(r.lastLoginAt())).setKey("lastLoginAt").setSortProperty("lastLoginAt")
                .setHeader(getTranslation("customers.col.lastLoginAt")).setWidth("9.5rem").setFlexGrow(0);
        grid.getColumns().forEach(c -> c.setSortable(true));
        RowActions.addTo(grid, this::actionsFor, r -> getTranslation("customers.actions-for", r.displayName()));
        grid.setPartNameGenerator(r -> r.deleted() ? "deleted" : null);
        grid.addItemDoubleClickListener(e -> openDetails(e.getItem()));

        HeaderRow filters = grid.appendHeaderRow();
        filters.getCell(grid.getColumnByKey("name")).setComponent(nameFilter);
        filters.getCell(grid.getColumnByKey("email")).setComponent(emailFilter);
        filters.getCell(grid.getColumnByKey("phone")).setComponent(phoneFilter);
        filters.getCell(grid.getColumnByKey("type")).setComponent(typeFilter);
        filters.getCell(grid.getColumnByKey("status")).setComponent(statusFilter);
        filters.getCell(grid.getColumnByKey("createdAt")).setComponent(createdFilter);
        filters.getCell(grid.getColumnByKey("lastLoginAt")).setComponent(loginFilter);
        nameFilter.setId("filter-name");
        emailFilter.setId("filter-email");
        phoneFilter.setId("filter-phone");
        typeFilter.setId("filter-type");
        statusFilter.setId("filter-status");
        createdFilter.setId("filter-created");
        loginFilter.setId("filter-login");
    }

    private Component nameCell(CustomerRow r) {
        HorizontalLayout cell = new HorizontalLayout(Avatars.of(r.displayName(),
                r.hasAvatar() ? "avatars/customers/" + r.id() : null, r.id()), new Span(r.displayName()));
        cell.setAlignItems(FlexComponent.Alignment.CENTER);
        cell.addClassName("name-cell");
        if (r.deleted()) {
            cell.add(new Badge(getTranslation("badge.deleted"), Badge.Tone.ERROR));
        }
        return cell;
    }

    /** Row actions as the user's roles and the row's state allow; the services check again. */
    List<RowActions.Action> actionsFor(CustomerRow r) {
        List<RowActions.Action> actions = new ArrayList<>();
        actions.add(new RowActions.Action(getTranslation("customers.action.view"), () -> openDetails(r)));
        if (r.deleted()) {
            return actions;
        }
        if (me.has(Role.ADMIN)) {
            actions.add(new RowActions.Action(getTranslation("customers.action.edit"), () -> openEdit(r.id())));
        }
        if (me.has(Role.SUPPORT) && r.hasLogin()) {
            actions.add(new RowActions.Action(getTranslation("customers.action.reset-password"),
                    () -> new ResetPasswordDialog(users, r).open()));
        }
        if (me.has(Role.OWNER) && r.hasLogin()) {
            actions.add(new RowActions.Action(getTranslation("customers.action.assign-role"),
                    () -> new AssignRoleDialog(users, customers, r).open()));
        }
        if (me.has(Role.ADMIN)) {
            actions.add(new RowActions.Action(getTranslation("customers.action.add-teams"),
                    () -> new AddTeamsDialog(customers, teams.all(), r, paged::refreshPage).open()));
        }
        return actions;
    }

    private void openDetails(CustomerRow r) {
        UI.getCurrent().navigate(CustomerDetailView.class, new RouteParameters("id", String.valueOf(r.id())));
    }

    private void openCreate() {
        showForm(null, new CustomerDraft(), getTranslation("customers.add"), getTranslation("action.create"));
    }

    void openEdit(long id) {
        showForm(id, customers.draftOf(id), getTranslation("customers.edit"), getTranslation("action.update"));
    }

    private void showForm(Long id, CustomerDraft draft, String heading, String saveText) {
        form = new CustomerForm(teams.all());
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
        return new CustomerFilter(search.getValue(), nameFilter.getValue(), emailFilter.getValue(),
                phoneFilter.getValue(), typeFilter.getValue(), statusFilter.getValue(), created.from(), created.to(),
                login.from(), login.to(), includeDeleted.getValue(), Formats.zone());
    }

    /**
     * A change updates the URL in place (keeping this view, its scroll and side panel) and refreshes;
     * the back button and deep links come in through beforeEnter.
     */
    private void filtersChanged() {
        if (applyingUrl) {
            return;
        }
        pushUrl();
        refreshAll();
    }

    private void pushUrl() {
        // A non-null state makes Flow's client route the entry on Back, which re-applies it in beforeEnter.
        UI.getCurrent().getPage().getHistory().pushState(JsonNodeFactory.instance.objectNode(),
                new Location(ROUTE, toParameters()));
    }

    private void refreshAll() {
        paged.refresh();
        CustomerSummary s = customers.summary(Formats.zone());
        totalCard.setValue(s.total());
        activeCard.setValue(s.active());
        pendingCard.setValue(s.pending());
        recentCard.setValue(s.recent());
        boolean noCardFilter = statusFilter.getValue().isEmpty() && createdFilter.getValue().isAny();
        totalCard.setSelected(noCardFilter);
        activeCard.setSelected(statusFilter.getValue().equals(Set.of(CustomerStatus.ACTIVE)));
        pendingCard.setSelected(statusFilter.getValue().equals(Set.of(CustomerStatus.PENDING)));
        recentCard.setSelected(createdFilter.getValue().equals(recentRange()));
    }

    private void selectCard(Set<CustomerStatus> statuses, DateRange created) {
        applyingUrl = true;
        statusFilter.setValue(statuses);
        createdFilter.setValue(created == null ? DateRange.ANY : created);
        applyingUrl = false;
        filtersChanged();
    }

    private static DateRange recentRange() {
        return new DateRange(LocalDate.now(Formats.zone()).minusDays(CustomerService.RECENT_DAYS - 1), null);
    }

    private void clearFilters() {
        applyingUrl = true;
        List.of(search, nameFilter, emailFilter, phoneFilter).forEach(TextField::clear);
        typeFilter.clear();
        statusFilter.clear();
        createdFilter.clear();
        loginFilter.clear();
        includeDeleted.clear();
        applyingUrl = false;
        filtersChanged();
    }

    QueryParameters toParameters() {
        Map<String, String> p = new LinkedHashMap<>();
        putIf(p, "q", search.getValue());
        putIf(p, "name", nameFilter.getValue());
        putIf(p, "email", emailFilter.getValue());
        putIf(p, "phone", phoneFilter.getValue());
        putIf(p, "type", typeFilter.getValue().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        putIf(p, "status", statusFilter.getValue().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        if (!createdFilter.getValue().isAny()) p.put("created", createdFilter.getValue().toParameter());
        if (!loginFilter.getValue().isAny()) p.put("login", loginFilter.getValue().toParameter());
        if (includeDeleted.getValue()) p.put("deleted", "true");
        putIf(p, "sort", sortParam);
        return QueryParameters.simple(p);
    }

    private static void putIf(Map<String, String> p, String key, String value) {
        if (value != null && !value.isBlank()) {
            p.put(key, value.trim());
        }
    }


    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> p = event.getLocation().getQueryParameters().getParameters();
        applyingUrl = true;
        search.setValue(first(p, "q"));
        nameFilter.setValue(first(p, "name"));
        emailFilter.setValue(first(p, "email"));
        phoneFilter.setValue(first(p, "phone"));
        typeFilter.setValue(enums(CustomerType.class, first(p, "type")));
        statusFilter.setValue(enums(CustomerStatus.class, first(p, "status")));
        createdFilter.setValue(DateRange.parse(first(p, "created")));
        loginFilter.setValue(DateRange.parse(first(p, "login")));
        includeDeleted.setValue("true".equals(first(p, "deleted")));
        sortParam = first(p, "sort");
        applyingUrl = false;
        applySort();
        refreshAll();
    }

    private void applySort() {
        String[] parts = sortParam.split(",");
        String key = switch (parts[0]) {
            case "displayName" -> "name";
            case "phoneDigits" -> "phone";
            case "teamsLabel" -> "teams";
            default -> parts[0];
        };
        if (!sortParam.isBlank() && grid.getColumnByKey(key) != null) {
            paged.sortBy(key, parts.length > 1 && "desc".equals(parts[1]) ? SortDirection.DESCENDING : SortDirection.ASCENDING);
        } else {
            grid.sort(List.of());
        }
    }

    private static String first(Map<String, List<String>> p, String key) {
        List<String> values = p.get(key);
        return values == null || values.isEmpty() ? "" : values.getFirst();
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, String csv) {
        Set<E> result = new HashSet<>();
        for (String s : csv.split(",")) {
            try {
                if (!s.isBlank()) result.add(Enum.valueOf(type, s.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException ignored) {
                // Unknown values in a hand-edited URL are dropped rather than failing the page.
            }
        }
        return result;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.customers") + " · Clientele";
    }

    // Package-private access for UI tests.
    PagedGrid<CustomerRow> paged() { return paged; }
    SidePanel panel() { return panel; }
    CustomerForm form() { return form; }
}
