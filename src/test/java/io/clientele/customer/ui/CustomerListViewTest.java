package io.clientele.customer.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import io.clientele.KaribuTest;
import io.clientele.TestData;
import io.clientele.base.ui.SummaryCard;
import io.clientele.customer.CustomerDraft;
import io.clientele.customer.CustomerRow;
import io.clientele.customer.CustomerStatus;
import io.clientele.customer.CustomerType;
import io.clientele.security.Role;
import io.clientele.security.SystemAuthentication;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CustomerListViewTest extends KaribuTest {
    long tenant;
    long ingrid;

    @BeforeEach
    void customersInAFreshTenant() {
        tenant = data.tenant();
        ingrid =
                data.customer(tenant, "Ingrid", "Hansen", "ingrid@example.no", "+47 912 34 567", CustomerStatus.ACTIVE);
        data.customer(tenant, "Ole", "Nordmann", "ole@example.no", null, CustomerStatus.PENDING);
        data.customer(tenant, "Kari", "Berg", "kari@example.no", null, CustomerStatus.BLOCKED);
        var login = data.portalLogin(tenant, TestData.uniqueEmail("ingrid-portal"));
        SystemAuthentication.run(tenant, () -> linkLogin(ingrid, login.getId()));
    }

    /** Links a portal login the way the portal's sign-up will; only tests need it before that feature exists. */
    private void linkLogin(long customerId, long loginId) {
        ctx.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                .update("UPDATE customer SET user_account_id = ? WHERE id = ?", loginId, customerId);
    }

    private CustomerListView open(Role role) {
        login(data.staff(tenant, role));
        UI.getCurrent().navigate("customers");
        return _get(CustomerListView.class);
    }

    private static List<String> names(CustomerListView view) {
        var grid = view.paged().getGrid();
        return java.util.stream.IntStream.range(0, _size(grid))
                .mapToObj(i -> _get(grid, i).displayName())
                .toList();
    }

    private static String showing() {
        return _get(Span.class, spec -> spec.withId("showing")).getText();
    }

    @Test
    void cardsShowCountsAndApplyTheirFilter() {
        CustomerListView view = open(Role.ADMIN);
        SummaryCard total = _get(SummaryCard.class, spec -> spec.withId("card-total"));
        SummaryCard active = _get(SummaryCard.class, spec -> spec.withId("card-active"));
        SummaryCard pending = _get(SummaryCard.class, spec -> spec.withId("card-pending"));
        SummaryCard recent = _get(SummaryCard.class, spec -> spec.withId("card-recent"));
        assertThat(List.of(total.getValueText(), active.getValueText(), pending.getValueText(), recent.getValueText()))
                .containsExactly("3", "1", "1", "3");
        assertThat(showing()).isEqualTo("Showing 1–3 of 3 results");

        com.vaadin.flow.component.ComponentUtil.fireEvent(
                active.getContent(), new com.vaadin.flow.component.ClickEvent<>(active.getContent()));
        assertThat(names(view)).containsExactly("Ingrid Hansen");
        assertThat(view.toParameters().getQueryString()).isEqualTo("status=ACTIVE");
        assertThat(showing()).isEqualTo("Showing 1–1 of 1 result");
    }

    @Test
    void searchAndColumnFiltersCombineAndLiveInTheUrl() {
        CustomerListView view = open(Role.VIEWER);
        _get(TextField.class, spec -> spec.withId("customer-search")).setValue("91234567");
        assertThat(view.toParameters().getQueryString()).isEqualTo("q=91234567");
        assertThat(names(view)).containsExactly("Ingrid Hansen");

        _get(TextField.class, spec -> spec.withId("customer-search")).clear();
        _get(TextField.class, spec -> spec.withId("filter-email")).setValue("example.no");
        assertThat(names(view)).hasSize(3);
        @SuppressWarnings("unchecked")
        var status = (com.vaadin.flow.component.combobox.MultiSelectComboBox<CustomerStatus>) _get(
                com.vaadin.flow.component.combobox.MultiSelectComboBox.class, spec -> spec.withId("filter-status"));
        status.setValue(Set.of(CustomerStatus.BLOCKED, CustomerStatus.PENDING));
        assertThat(names(view)).containsExactlyInAnyOrder("Ole Nordmann", "Kari Berg");

        _get(Button.class, spec -> spec.withId("clear-filters")).click();
        assertThat(names(view)).hasSize(3);
    }

    /** Memory per open view must not grow with the rows shown: cells are templates, the row menu is the grid's one. */
    @Test
    void rowsAddNoServerComponentsToTheGrid() {
        CustomerListView view = open(Role.ADMIN);
        var grid = view.paged().getGrid();
        _get(TextField.class, spec -> spec.withId("customer-search")).setValue("ingrid");
        assertThat(_size(grid)).isEqualTo(1);
        int oneRow = stateNodes(grid);
        _get(TextField.class, spec -> spec.withId("customer-search")).clear();
        assertThat(_size(grid)).isEqualTo(3);
        assertThat(stateNodes(grid)).isEqualTo(oneRow);
    }

    private static int stateNodes(com.vaadin.flow.component.Component c) {
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false); // the response renders the rows
        int[] n = {0};
        c.getElement().getNode().visitNodeTree(node -> n[0]++);
        return n[0];
    }

    @Test
    void deepLinkRestoresFiltersAndSort() {
        login(data.staff(tenant, Role.VIEWER));
        UI.getCurrent()
                .navigate(
                        "customers",
                        com.vaadin.flow.router.QueryParameters.fromString("status=ACTIVE,PENDING&sort=name,desc"));
        CustomerListView view = _get(CustomerListView.class);
        assertThat(names(view)).containsExactly("Ole Nordmann", "Ingrid Hansen");
        assertThat(_get(SummaryCard.class, spec -> spec.withId("card-total"))
                        .getElement()
                        .getClassList())
                .doesNotContain("selected");
    }

    @Test
    void theColumnsMenuShowsAndHidesColumnsKeepsOneAndTheUrlFollows() {
        CustomerListView view = open(Role.VIEWER);
        var grid = view.paged().getGrid();
        var menu = io.clientele.base.ui.MenuButton.of(_get(Button.class, spec -> spec.withId("column-chooser")));
        assertThat(menu.getItems()).as("made when the menu first opens").isEmpty();
        com.github.mvysny.kaributesting.v10.ContextMenuKt.setOpened(menu, true);
        assertThat(menu.getItems())
                .extracting(com.vaadin.flow.component.contextmenu.MenuItem::getText)
                .contains("Name", "Email", "First name");
        assertThat(menu.getItems().stream()
                        .filter(i -> i.getText().equals("First name"))
                        .findFirst()
                        .orElseThrow()
                        .isChecked())
                .isFalse();

        com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithCaption(menu, "Email");
        assertThat(grid.getColumnByKey("email").isVisible()).isFalse();
        assertThat(view.toParameters().getQueryString()).contains("cols=").doesNotContain("email");

        grid.getColumns().stream().filter(c -> !"name".equals(c.getKey())).forEach(c -> c.setVisible(false));
        com.github.mvysny.kaributesting.v10.ContextMenuKt.setOpened(menu, true);
        com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithCaption(menu, "Name");
        assertThat(grid.getColumnByKey("name").isVisible())
                .as("the last visible column stays")
                .isTrue();
    }

    @Test
    void hiddenColumnsAreMadeWhenFirstShownInTheirPlace() {
        CustomerListView view = open(Role.VIEWER);
        var grid = view.paged().getGrid();
        assertThat(grid.getColumnByKey("firstName")).as("not made while hidden").isNull();
        // Product page 1's columns, in its order, Teams and Last login among them; the rest follow.
        assertThat(view.paged().visibleColumnKeys())
                .startsWith("name", "status", "email", "phone", "type", "teams", "lastLoginAt", "id");

        // A deep link sorting by a hidden column makes it (still hidden) and sorts by it.
        UI.getCurrent().navigate("customers", QueryParameters.of("sort", "lastName,desc"));
        view = _get(CustomerListView.class);
        grid = view.paged().getGrid();
        assertThat(grid.getSortOrder()).extracting(o -> o.getSorted().getKey()).containsExactly("lastName");
        assertThat(grid.getColumnByKey("lastName").isVisible()).isFalse();
        assertThat(grid.getColumnByKey("firstName")).isNull();
        assertThat(grid.getColumnByKey("lastLoginAt").getHeaderComponent())
                .as("last login has its date filter")
                .isNotNull();
        UI.getCurrent().navigate("customers");
        view = _get(CustomerListView.class);
        grid = view.paged().getGrid();

        var menu = io.clientele.base.ui.MenuButton.of(_get(Button.class, spec -> spec.withId("column-chooser")));
        com.github.mvysny.kaributesting.v10.ContextMenuKt.setOpened(menu, true);
        assertThat(menu.getItems())
                .extracting(com.vaadin.flow.component.contextmenu.MenuItem::getText)
                .as("listed where they will appear")
                .startsWith("Name", "First name", "Last name", "Status");
        com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithCaption(menu, "Last name");
        com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithCaption(menu, "First name");
        assertThat(grid.getColumns()).extracting(c -> c.getKey()).startsWith("name", "firstName", "lastName", "status");
        assertThat(grid.getColumnByKey("lastName").isVisible()).isTrue();
        assertThat(_getFormatted(grid, names(view).indexOf("Kari Berg"), "firstName"))
                .isEqualTo("Kari");
        assertThat(view.toParameters().getQueryString()).contains("firstName").contains("lastName");

        // A hand-edited link with repeats and nonsense opens the list as far as it makes sense.
        UI.getCurrent()
                .navigate(
                        "customers",
                        QueryParameters.full(java.util.Map.of(
                                "cols",
                                new String[] {"name,name,firstName"},
                                "groups",
                                new String[] {"1,1"},
                                "sort",
                                new String[] {"nope,sideways"})));
        view = _get(CustomerListView.class);
        assertThat(view.paged().visibleColumnKeys()).containsExactly("name", "firstName");
        assertThat(view.paged().getGrid().getSortOrder()).isEmpty();
    }

    @Test
    void addCustomerValidatesThenCreates() {
        CustomerListView view = open(Role.ADMIN);
        _get(Button.class, spec -> spec.withId("add-customer")).click();
        CustomerForm form = view.form();
        form.email.setValue("not-an-email");
        _get(Button.class, spec -> spec.withId("save-customer")).click();
        assertThat(form.email.isInvalid()).isTrue();
        assertThat(form.email.getErrorMessage()).isEqualTo("Enter a valid email address, e.g. name@example.com");

        form.email.setValue("ingrid@example.no");
        form.phone.setValue("12");
        _get(Button.class, spec -> spec.withId("save-customer")).click();
        // Every rule the service checks is reported at once, each on its own field.
        assertThat(form.firstName.getErrorMessage()).isEqualTo("Enter a first or last name");
        assertThat(form.email.isInvalid()).isTrue();
        assertThat(form.phone.isInvalid()).isTrue();
        form.phone.clear();

        form.firstName.setValue("Nils");
        _get(Button.class, spec -> spec.withId("save-customer")).click();
        assertThat(form.email.getErrorMessage()).isEqualTo("Another customer in this tenant already uses this email");

        form.email.setValue("nils@example.no");
        form.phone.setValue("12");
        _get(Button.class, spec -> spec.withId("save-customer")).click();
        assertThat(form.phone.getErrorMessage()).startsWith("Not a valid phone number");
        assertThat(names(view)).hasSize(3);

        form.phone.setValue("913 00 000");
        form.type.setValue(CustomerType.INDIVIDUAL);
        _get(Button.class, spec -> spec.withId("save-customer")).click();
        expectNotifications("Customer created");
        assertThat(view.panel().isOpen()).isFalse();
        assertThat(names(view)).contains("Nils");
        assertThat(_get(SummaryCard.class, spec -> spec.withId("card-total")).getValueText())
                .isEqualTo("4");
    }

    @Test
    void editSavesAndAConcurrentEditKeepsTheFormOpen() {
        CustomerListView view = open(Role.ADMIN);
        CustomerRow row = rowNamed(view, "Ole Nordmann");
        action(view, row, "Edit").run().run();
        view.form().lastName.setValue("Nordmann-Berg");
        _get(Button.class, spec -> spec.withId("save-customer")).click();
        assertThat(names(view)).contains("Ole Nordmann-Berg");

        action(view, rowNamed(view, "Kari Berg"), "Edit").run().run();
        view.form().firstName.setValue("Karianne");
        // Someone else saves the same customer meanwhile.
        long kari = rowNamed(view, "Kari Berg").id();
        CustomerDraft theirs = customers.draftOf(kari);
        theirs.setStatus(CustomerStatus.ACTIVE);
        customers.update(kari, theirs);
        _get(Button.class, spec -> spec.withId("save-customer")).click();
        assertThat(view.panel().isOpen()).isTrue();
        assertThat(view.form().firstName.getValue()).isEqualTo("Karianne");
        assertThat(customers.details(kari).orElseThrow().firstName()).isEqualTo("Kari");
    }

    @Test
    void rowActionsFollowRoleAndPortalLogin() {
        CustomerListView asViewer = open(Role.VIEWER);
        assertThat(captions(asViewer, rowNamed(asViewer, "Ingrid Hansen"))).containsExactly("View details");
        _assertNone(Button.class, spec -> spec.withId("add-customer"));
        _assertNone(Button.class, spec -> spec.withId("import-customers"));

        CustomerListView asSupport = open(Role.SUPPORT);
        assertThat(captions(asSupport, rowNamed(asSupport, "Ingrid Hansen")))
                .containsExactly("View details", "Reset password");
        assertThat(captions(asSupport, rowNamed(asSupport, "Ole Nordmann"))).containsExactly("View details");

        CustomerListView asAdmin = open(Role.ADMIN);
        assertThat(captions(asAdmin, rowNamed(asAdmin, "Ingrid Hansen")))
                .containsExactly("View details", "Edit", "Reset password", "Add teams");

        CustomerListView asOwner = open(Role.OWNER);
        assertThat(captions(asOwner, rowNamed(asOwner, "Ingrid Hansen")))
                .containsExactly("View details", "Edit", "Reset password", "Assign role", "Add teams");
        assertThat(captions(asOwner, rowNamed(asOwner, "Ole Nordmann")))
                .containsExactly("View details", "Edit", "Add teams");
    }

    @Test
    void supportOnlyMailsAResetLinkWhileAnAdminMaySetAPasswordThatMeetsThePolicy() {
        CustomerListView asSupport = open(Role.SUPPORT);
        action(asSupport, rowNamed(asSupport, "Ingrid Hansen"), "Reset password")
                .run()
                .run();
        ResetPasswordDialog offered = _get(ResetPasswordDialog.class);
        assertThat(offered.mode.isVisible())
                .as("SUPPORT is not offered to set a password")
                .isFalse();
        assertThat(offered.mode.getValue()).isEqualTo(ResetPasswordDialog.Mode.LINK);
        offered.close();

        CustomerListView view = open(Role.ADMIN);
        action(view, rowNamed(view, "Ingrid Hansen"), "Reset password").run().run();
        ResetPasswordDialog dialog = _get(ResetPasswordDialog.class);
        assertThat(dialog.mode.isVisible()).isTrue();
        dialog.mode.setValue(ResetPasswordDialog.Mode.SET);
        dialog.password.setValue("too-short");
        dialog.repeat.setValue("too-short");
        _get(Button.class, spec -> spec.withId("confirm-reset")).click();
        assertThat(dialog.password.getErrorMessage()).isEqualTo("Use at least 12 characters");
        dialog.password.setValue("A-good-long-password-1");
        dialog.repeat.setValue("A-good-long-password-1");
        _get(Button.class, spec -> spec.withId("confirm-reset")).click();
        expectNotifications("New password set");
    }

    @Test
    void addTeamsAssignsSelectedTeams() {
        login(data.staff(tenant, Role.OWNER));
        var team = ctx.getBean(io.clientele.customer.TeamService.class).create("Bergen");
        UI.getCurrent().navigate("customers");
        CustomerListView view = _get(CustomerListView.class);
        action(view, rowNamed(view, "Kari Berg"), "Add teams").run().run();
        AddTeamsDialog dialog = _get(AddTeamsDialog.class);
        dialog.allTeams.setValue(false);
        _get(Button.class, spec -> spec.withId("confirm-teams")).click();
        assertThat(dialog.teams.isInvalid()).isTrue();
        dialog.teams.setValue(Set.of(team));
        _get(Button.class, spec -> spec.withId("confirm-teams")).click();
        UI.getCurrent().navigate("customers", QueryParameters.of("cols", "name,teams"));
        view = _get(CustomerListView.class);
        int kari = names(view).indexOf("Kari Berg");
        assertThat(_getFormatted(view.paged().getGrid(), kari, "teams")).isEqualTo("Bergen");
    }

    @Test
    void anotherTenantsCustomerLooksMissing() {
        long otherTenant = data.tenant();
        long foreign = data.customer(otherTenant, "Secret", "Person", null, null, CustomerStatus.ACTIVE);
        login(data.staff(tenant, Role.OWNER));
        UI.getCurrent().navigate("customers/" + foreign);
        assertThat(_get(com.vaadin.flow.component.html.H2.class).getText()).isEqualTo("Record not found");
        UI.getCurrent().navigate("customers/" + ingrid, QueryParameters.of("tab", "activity"));
        assertThat(_get(com.vaadin.flow.component.html.H2.class).getText()).isEqualTo("Ingrid Hansen");
        _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("activity"));
    }

    private static CustomerRow rowNamed(CustomerListView view, String name) {
        var grid = view.paged().getGrid();
        for (int i = 0; i < _size(grid); i++) {
            if (_get(grid, i).displayName().equals(name)) return _get(grid, i);
        }
        throw new AssertionError("No row " + name);
    }

    private static List<String> captions(CustomerListView view, CustomerRow row) {
        return view.actionsFor(row).stream()
                .map(io.clientele.base.ui.RowActions.Action::caption)
                .toList();
    }

    @Test
    void tickedRowsShowTheBulkBarAndBlockRunsOverEveryMatchingCustomer() {
        CustomerListView view = open(Role.ADMIN);
        var grid = view.paged().getGrid();
        var bar = view.bulkBar();
        assertThat(bar.isVisible()).isFalse();
        assertThat(_find(Button.class, spec -> spec.withId("bulk-block")))
                .as("made when the bar first shows")
                .isEmpty();

        grid.select(_get(grid, 0));
        assertThat(bar.isVisible()).isTrue();
        assertThat(_get(Span.class, spec -> spec.withId("selection-count")).getText())
                .isEqualTo("1 selected");
        Button all = _get(Button.class, spec -> spec.withId("select-all-matching"));
        assertThat(all.getText()).isEqualTo("Select all 3 matching");
        all.click();
        assertThat(_get(Span.class, spec -> spec.withId("selection-count")).getText())
                .isEqualTo("All 3 matching customers selected");
        assertThat(bar.selection().allMatching()).isTrue();

        _get(Button.class, spec -> spec.withId("bulk-block")).click();
        _fireConfirm(_get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));
        var blocked = io.clientele.customer.CustomerFilter.empty().withStatuses(Set.of(CustomerStatus.BLOCKED));
        var service = ctx.getBean(io.clientele.customer.CustomerService.class);
        // The job's end reaches the page through push.
        untilPushed(() -> notified("2 customers blocked"));
        assertThat(service.count(blocked)).isEqualTo(3);
        expectNotifications("2 customers blocked");
        assertThat(bar.isVisible()).isFalse();
        assertThat(names(view)).hasSize(3);
    }

    @Test
    void aNewFilterClearsTheSelectionAndViewersGetNoCheckBoxes() {
        CustomerListView view = open(Role.ADMIN);
        var grid = view.paged().getGrid();
        grid.select(_get(grid, 0));
        _get(TextField.class, spec -> spec.withId("customer-search")).setValue("ole");
        assertThat(grid.getSelectedItems()).isEmpty();
        assertThat(view.bulkBar().isVisible()).isFalse();

        CustomerListView viewer = open(Role.VIEWER);
        assertThat(viewer.bulkBar()).isNull();
        assertThat(viewer.paged().getGrid().getSelectionModel())
                .isNotInstanceOf(com.vaadin.flow.component.grid.GridMultiSelectionModel.class);
    }

    private static io.clientele.base.ui.RowActions.Action action(
            CustomerListView view, CustomerRow row, String caption) {
        return view.actionsFor(row).stream()
                .filter(a -> a.caption().equals(caption))
                .findFirst()
                .orElseThrow();
    }
}
