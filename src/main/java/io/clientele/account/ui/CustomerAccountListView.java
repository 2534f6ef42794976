package io.clientele.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.clientele.account.AccountAction;
import io.clientele.account.AccountDraft;
import io.clientele.account.AccountRow;
import io.clientele.account.CustomerAccountExport;
import io.clientele.account.CustomerAccountService;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.ui.Cells;
import io.clientele.base.ui.CsvDownload;
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
import io.clientele.base.ui.SortMenuHeader;
import io.clientele.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Customers → Customer accounts (product page 4): every account, soft-deleted ones included. */
@Menu(order = Nav.CUSTOMERS + 20, title = "nav.customer-accounts", icon = "vaadin:briefcase")
@Route("customer-accounts")
@RolesAllowed(Roles.ADMIN)
public class CustomerAccountListView extends ListView {
    static final String ROUTE = "customer-accounts";

    private final CustomerAccountService accounts;
    private final PagedGrid<AccountRow> paged = new PagedGrid<>(new Grid<>());
    private final Grid<AccountRow> grid = paged.getGrid();
    private final SidePanel panel = new SidePanel();
    private final TextField search = Filters.search(getTranslation("accounts.search"));
    private AccountForm form;

    public CustomerAccountListView(CustomerAccountService accounts, CustomerAccountExport export) {
        super("nav.customer-accounts");
        this.accounts = accounts;
        addClassName("list-view");
        setSizeFull();
        configureGrid();
        HorizontalLayout content = ListPage.body(paged, panel);
        state = new ListState(ROUTE, paged, paged::refresh)
                .emptyText("accounts.empty")
                .noMatchText("accounts.no-results")
                .text("q", getTranslation("filter.search"), search);
        add(toolbar(export), state.chips(), content);
        setFlexGrow(1, content);
        paged.setSource(search::getValue, accounts::list, accounts::count);
        paged.setDefaultSort("organization", SortDirection.ASCENDING);
        paged.onOpen(this::view);
    }

    private Component toolbar(CustomerAccountExport export) {
        search.setId("account-search");
        Anchor download = CsvDownload.button(
                getTranslation("accounts.download-csv"),
                "download-csv",
                export::fileName,
                (out, locale) -> export.write(out, locale, Formats.zone()));
        Button add = new Button(getTranslation("accounts.add"), VaadinIcon.PLUS.create(), e -> openCreate());
        add.setId("add-account");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return ListPage.toolbar(getTranslation("nav.customer-accounts"), search, download, add);
    }

    private void configureGrid() {
        grid.setId("account-grid");
        Grid.Column<AccountRow> organization = grid.addColumn(AccountRow::organizationName)
                .setKey("organization")
                .setSortProperty("displayName")
                .setWidth("18rem")
                .setFlexGrow(2);
        Grid.Column<AccountRow> status = grid.addColumn(AccountBadges.cell(this))
                .setKey("status")
                .setSortProperty("status")
                .setWidth("9rem")
                .setFlexGrow(0);
        paged.addColumn("admin", r -> Objects.toString(r.adminName(), ""), "accounts.col.admin", "13rem", 1)
                .setSortable(false);
        String yes = getTranslation("csv.yes");
        Grid.Column<AccountRow> shared = grid.addColumn(
                        Cells.icon(VaadinIcon.CHECK, "check-yes", r -> r.allowSharedBilling() ? yes : null))
                .setKey("shared")
                .setSortProperty("allowSharedBilling")
                .setWidth("17rem")
                .setFlexGrow(0);
        List.of(organization, status, shared).forEach(c -> c.setSortable(true));
        SortMenuHeader.apply(paged, organization, getTranslation("accounts.col.organization"));
        SortMenuHeader.apply(paged, status, getTranslation("accounts.col.status"));
        SortMenuHeader.apply(paged, shared, getTranslation("accounts.col.shared"));
        RowActions.addTo(grid, this::actionsFor, r -> getTranslation("customers.actions-for", r.organizationName()));
        grid.setPartNameGenerator(r -> r.deleted() ? "deleted" : null);
    }

    /** Exactly the page's table: View always; the rest by state. */
    List<RowActions.Action> actionsFor(AccountRow r) {
        return AccountActions.of(
                accounts,
                r,
                Map.of(
                        AccountAction.VIEW,
                        () -> view(r),
                        AccountAction.EDIT,
                        () -> openEdit(r.id()),
                        AccountAction.MANAGE_SHARED,
                        () -> CustomerAccountView.open(r.id(), CustomerAccountView.SHARED)),
                paged::refreshPage,
                paged::refreshPage);
    }

    private void view(AccountRow r) {
        CustomerAccountView.open(r.id(), null);
    }

    private void openCreate() {
        showForm(
                null,
                new AccountDraft(),
                new AccountForm(accounts, null, null),
                getTranslation("accounts.add"),
                getTranslation("action.create"));
    }

    void openEdit(long id) {
        AccountDraft draft;
        try {
            draft = accounts.draftOf(id);
        } catch (ActionRefusedException e) {
            Notifications.refused(e);
            return;
        }
        showForm(
                id,
                draft,
                new AccountForm(
                        accounts,
                        draft.getOrganization().id(),
                        draft.getAdmin() == null ? null : draft.getAdmin().id()),
                getTranslation("accounts.edit"),
                getTranslation("action.update"));
    }

    private void showForm(Long id, AccountDraft draft, AccountForm newForm, String heading, String saveText) {
        form = newForm;
        panel.openForm(heading, form, draft, saveText, "save-account", d -> {
            if (id == null) {
                accounts.create(d);
                Notifications.success(
                        getTranslation("accounts.created", d.getOrganization().label()));
            } else {
                accounts.update(id, d);
                Notifications.success(
                        getTranslation("accounts.saved", d.getOrganization().label()));
            }
            paged.refreshPage();
        });
    }

    PagedGrid<AccountRow> paged() {
        return paged;
    }

    SidePanel panel() {
        return panel;
    }

    AccountForm form() {
        return form;
    }
}
