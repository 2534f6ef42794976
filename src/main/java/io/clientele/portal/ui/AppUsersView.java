package io.clientele.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.clientele.base.ui.Cells;
import io.clientele.base.ui.Filters;
import io.clientele.base.ui.Formats;
import io.clientele.base.ui.ListFilter;
import io.clientele.base.ui.ListPage;
import io.clientele.base.ui.ListState;
import io.clientele.base.ui.ListView;
import io.clientele.base.ui.Nav;
import io.clientele.base.ui.PagedGrid;
import io.clientele.base.ui.RowActions;
import io.clientele.base.ui.SidePanel;
import io.clientele.customer.ui.CustomerBadges;
import io.clientele.customer.ui.ResetPasswordDialog;
import io.clientele.impersonation.ImpersonationService;
import io.clientele.impersonation.ui.OpenAppDialog;
import io.clientele.portal.AppUser;
import io.clientele.portal.AppUserService;
import io.clientele.security.CurrentUser;
import io.clientele.security.LoginAttempts;
import io.clientele.security.PasswordResets;
import io.clientele.security.Role;
import io.clientele.security.Roles;
import io.clientele.subscription.SubscriptionService;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/**
 * White label → App users: the tenant's portal customers, searched as you type, with Edit, Details, Reset password
 * and, last and green, Open customer's app. Details open beside the list (Info, Subscriptions, 1-Min Billing, UTM);
 * {@code ?user=<id>} deep-links to them.
 */
@Menu(order = Nav.WHITE_LABEL + 10, title = "nav.app-users", icon = "vaadin:mobile")
@Route("app-users")
@RolesAllowed(Roles.VIEWER)
public class AppUsersView extends ListView {
    static final String ROUTE = "app-users";

    private final AppUserService appUsers;
    private final LoginAttempts attempts;
    private final PasswordResets resets;
    private final SubscriptionService subscriptions;
    private final ImpersonationService impersonation;
    private final PagedGrid<AppUser> paged = new PagedGrid<>(new Grid<>());
    private final Grid<AppUser> grid = paged.getGrid();
    private final SidePanel panel = new SidePanel();
    private final TextField search = Filters.search(getTranslation("app-users.search"));
    private final Checkbox includeDeleted = new Checkbox(getTranslation("customers.include-deleted"));

    public AppUsersView(
            AppUserService appUsers,
            LoginAttempts attempts,
            PasswordResets resets,
            SubscriptionService subscriptions,
            ImpersonationService impersonation) {
        super("nav.app-users");
        this.appUsers = appUsers;
        this.attempts = attempts;
        this.resets = resets;
        this.subscriptions = subscriptions;
        this.impersonation = impersonation;
        addClassName("list-view");
        setSizeFull();
        grid.setId("app-user-grid");
        paged.addColumn(
                "name",
                Cells.identity(
                        AppUser::name,
                        AppUser::email,
                        u -> u.hasAvatar() ? "avatars/customers/" + u.customerId() : null,
                        AppUser::customerId),
                "app-users.col.user",
                "18rem",
                3);
        paged.addColumn(
                "status",
                CustomerBadges.statusCell(this, AppUser::status, AppUser::deleted),
                "customers.col.status",
                "9rem",
                0);
        paged.addColumn("joined", u -> Formats.date(u.joinedAt()), "app-users.col.joined", "9rem", 0);
        paged.addColumn(
                "lastLogin",
                u -> u.lastLoginAt() == null ? "" : Formats.dateTime(u.lastLoginAt()),
                "customers.col.lastLoginAt",
                "11rem",
                0);
        grid.getColumns().forEach(c -> c.setSortable(true));
        RowActions.addIconsTo(grid, this::actionsFor, "11rem");
        grid.setPartNameGenerator(u -> u.deleted() ? "deleted" : null);
        paged.onOpen(this::openDetails);
        paged.setDefaultSort("joined", SortDirection.DESCENDING);
        paged.setSource(
                () -> new ListFilter(search.getValue(), includeDeleted.getValue()),
                (f, page) -> appUsers.list(f.text(), f.includeDeleted(), page),
                f -> appUsers.count(f.text(), f.includeDeleted()));
        state = new ListState(ROUTE, paged, paged::refresh)
                .emptyText("app-users.empty")
                .text("q", getTranslation("filter.search"), search)
                .flag("deleted", getTranslation("customers.include-deleted"), includeDeleted);
        search.setId("app-user-search");
        includeDeleted.setId("include-deleted");
        List<Component> tools = new ArrayList<>(List.of(search, includeDeleted));
        if (CurrentUser.require().has(Role.ADMIN)) {
            Button create = new Button(
                    getTranslation("app-users.create"),
                    VaadinIcon.PLUS.create(),
                    e -> new CreateAppUserDialog(appUsers, id -> {
                                paged.refresh();
                                appUsers.find(id).ifPresent(this::openDetails);
                            })
                            .open());
            create.setId("create-app-user");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            tools.add(create);
        }
        HorizontalLayout body = ListPage.body(paged, panel);
        add(ListPage.toolbar(getTranslation("nav.app-users"), tools.toArray(Component[]::new)), state.chips(), body);
        setFlexGrow(1, body);
    }

    /** Edit, Details, Reset password, Open customer's app: each only for those who may, and never on deleted users. */
    List<RowActions.Action> actionsFor(AppUser u) {
        CurrentUser me = CurrentUser.require();
        List<RowActions.Action> actions = new ArrayList<>();
        if (me.has(Role.ADMIN) && !u.deleted()) {
            actions.add(new RowActions.Action(
                    getTranslation("action.edit"),
                    () -> new EditAppUserDialog(appUsers, u, paged::refreshPage).open(),
                    "edit",
                    VaadinIcon.EDIT));
        }
        actions.add(new RowActions.Action(
                getTranslation("app-users.details"), () -> openDetails(u), "details", VaadinIcon.INFO_CIRCLE_O));
        if (me.has(Role.SUPPORT) && !u.deleted()) {
            actions.add(new RowActions.Action(
                    getTranslation("customers.action.reset-password"),
                    () -> new ResetPasswordDialog(resets, u.loginId(), u.name(), u.email()).open(),
                    "reset-password",
                    VaadinIcon.KEY_O));
            actions.add(new RowActions.Action(
                    getTranslation("support.open-app"),
                    () -> new OpenAppDialog(impersonation, u.customerId(), u.name()).open(),
                    "open-app",
                    VaadinIcon.EXTERNAL_LINK));
        }
        return actions;
    }

    void openDetails(AppUser u) {
        panel.open(
                u.name(),
                new AppUserDetails(appUsers, attempts, resets, subscriptions, impersonation, u, paged::refreshPage));
        panel.getElement().getClassList().add("wide");
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, ROUTE + "?" + withUser(u.customerId())));
    }

    private String withUser(long id) {
        String query = state.parameters().getQueryString();
        return (query.isEmpty() ? "" : query + "&") + "user=" + id;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        super.beforeEnter(event);
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("user")
                .flatMap(id -> {
                    try {
                        return appUsers.find(Long.parseLong(id));
                    } catch (NumberFormatException e) {
                        return java.util.Optional.empty();
                    }
                })
                .ifPresent(this::openDetails);
    }

    PagedGrid<AppUser> paged() {
        return paged;
    }

    SidePanel panel() {
        return panel;
    }
}
