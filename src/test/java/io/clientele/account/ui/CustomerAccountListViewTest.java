package io.clientele.account.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import io.clientele.KaribuTest;
import io.clientele.account.AccountRow;
import io.clientele.account.AccountTestData;
import io.clientele.account.CustomerAccountService;
import io.clientele.account.SharedBilling;
import io.clientele.base.Choice;
import io.clientele.base.ui.RowActions;
import io.clientele.base.ui.TypedConfirmDialog;
import io.clientele.organization.OrganizationService;
import io.clientele.security.Role;
import io.clientele.security.UserAccount;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class CustomerAccountListViewTest extends KaribuTest {
    @Autowired
    OrganizationService organizations;

    @Autowired
    CustomerAccountService accounts;

    @Autowired
    SharedBilling sharedBilling;

    AccountTestData fixtures;
    long tenant;
    long elv;
    long lyng;
    long deleted;

    @BeforeEach
    void accountsInAFreshTenant() {
        tenant = data.tenant();
        login(data.staff(tenant, Role.ADMIN));
        fixtures = new AccountTestData(organizations, accounts, users);
        elv = fixtures.account(tenant, "Elv Catering AS", true);
        lyng = fixtures.account(tenant, "Lyng Media ENK", false);
        deleted = fixtures.account(tenant, "Bølge Konsult AS", false);
        accounts.softDelete(deleted);
    }

    private CustomerAccountListView open() {
        UI.getCurrent().navigate("customer-accounts");
        return _get(CustomerAccountListView.class);
    }

    private static List<String> names(CustomerAccountListView view) {
        var grid = view.paged().getGrid();
        return IntStream.range(0, _size(grid))
                .mapToObj(i -> _get(grid, i).organizationName())
                .toList();
    }

    private static AccountRow row(CustomerAccountListView view, String name) {
        var grid = view.paged().getGrid();
        return IntStream.range(0, _size(grid))
                .mapToObj(i -> _get(grid, i))
                .filter(r -> r.organizationName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> captions(CustomerAccountListView view, AccountRow r) {
        return view.actionsFor(r).stream().map(RowActions.Action::caption).toList();
    }

    private static void run(CustomerAccountListView view, AccountRow r, String caption) {
        view.actionsFor(r).stream()
                .filter(a -> a.caption().equals(caption))
                .findFirst()
                .orElseThrow()
                .run()
                .run();
    }

    @Test
    void listShowsEveryAccountSortedByOrganizationWithDeletedBadgeAndAdministrator() {
        CustomerAccountListView view = open();
        assertThat(names(view)).containsExactly("Bølge Konsult AS", "Elv Catering AS", "Lyng Media ENK");
        assertThat(_get(Span.class, spec -> spec.withId("showing")).getText()).isEqualTo("Showing 1–3 of 3 results");
        var grid = view.paged().getGrid();
        assertThat(grid.getColumns())
                .extracting(c -> c.getKey())
                .containsExactly("organization", "status", "admin", "shared", "actions");
        assertThat(row(view, "Elv Catering AS").adminName()).isEqualTo("Admin Of Elv Catering AS");
        assertThat(row(view, "Bølge Konsult AS").adminName()).isNull();
        assertThat(_getFormatted(grid, 0, "status")).isEqualTo("DELETED");
        assertThat(_getFormatted(grid, 1, "status")).isEqualTo("ACTIVE");

        view.paged().sortBy("organization", com.vaadin.flow.data.provider.SortDirection.DESCENDING);
        assertThat(names(view)).containsExactly("Lyng Media ENK", "Elv Catering AS", "Bølge Konsult AS");
        view.paged().sortBy("shared", com.vaadin.flow.data.provider.SortDirection.DESCENDING);
        assertThat(names(view).getFirst()).isEqualTo("Elv Catering AS");
    }

    @Test
    void searchUpdatesAsYouTypeAndSaysWhenNothingMatches() {
        CustomerAccountListView view = open();
        TextField search = _get(TextField.class, spec -> spec.withId("account-search"));
        search.setValue("lyng");
        assertThat(names(view)).containsExactly("Lyng Media ENK");
        String number = accounts.details(elv).orElseThrow().organization().getOrgNumber();
        search.setValue(number);
        assertThat(names(view)).containsExactly("Elv Catering AS");
        search.setValue("zzz");
        assertThat(names(view)).isEmpty();
        assertThat(view.paged().getGrid().getEmptyStateText()).isEqualTo("No customer accounts match your search.");
    }

    @Test
    void rowActionsFollowThePagesStateTable() {
        CustomerAccountListView view = open();
        assertThat(captions(view, row(view, "Elv Catering AS")))
                .containsExactly("View", "Edit", "Manage shared accounts", "Delete");
        assertThat(captions(view, row(view, "Lyng Media ENK"))).containsExactly("View", "Edit", "Delete");
        assertThat(captions(view, row(view, "Bølge Konsult AS")))
                .containsExactly("View", "Recover", "Permanently delete");
    }

    @Test
    void typedDeleteEnablesOnlyForExactlyDELETEThenSoftDeletes() {
        CustomerAccountListView view = open();
        run(view, row(view, "Lyng Media ENK"), "Delete");
        TypedConfirmDialog dialog = _get(TypedConfirmDialog.class);
        assertThat(_get(dialog, Paragraph.class, spec -> spec.withClasses("confirm-warning"))
                        .getText())
                .isEqualTo(
                        "The customer account Lyng Media ENK moves to the Trash, where it can be recovered with a new customer admin.");
        Button confirm = dialog.confirmButton();
        for (String wrong : List.of("", "delete", "Delete", " DELETE", "DELETE ", "DELET")) {
            dialog.typedField().setValue(wrong);
            assertThat(confirm.isEnabled()).as("'%s' must not enable", wrong).isFalse();
        }
        dialog.typedField().setValue("DELETE");
        assertThat(confirm.isEnabled()).isTrue();
        confirm.click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(row(view, "Lyng Media ENK").deleted()).isTrue();
        assertThat(captions(view, row(view, "Lyng Media ENK")))
                .containsExactly("View", "Recover", "Permanently delete");
    }

    @Test
    void permanentDeleteExplainsARefusalInsideTheDialogAndOtherwiseRemovesTheRow() {
        sharedBilling.addShared(elv, lyng);
        accounts.softDelete(elv);
        CustomerAccountListView view = open();
        run(view, row(view, "Elv Catering AS"), "Permanently delete");
        TypedConfirmDialog dialog = _get(TypedConfirmDialog.class);
        dialog.typedField().setValue("DELETE");
        dialog.confirmButton().click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.refusalText())
                .startsWith("Elv Catering AS cannot be permanently deleted: 1 shared account still bills through it");
        dialog.close();

        run(view, row(view, "Bølge Konsult AS"), "Permanently delete");
        TypedConfirmDialog second = _get(TypedConfirmDialog.class);
        second.typedField().setValue("DELETE");
        second.confirmButton().click();
        assertThat(names(view)).containsExactly("Elv Catering AS", "Lyng Media ENK");
    }

    @Test
    void recoverPicksAGuestAsTheNewCustomerAdmin() {
        UserAccount guest = fixtures.guest(tenant, "Gustav", "Gjest");
        CustomerAccountListView view = open();
        run(view, row(view, "Bølge Konsult AS"), "Recover");
        RecoverDialog dialog = _get(RecoverDialog.class);
        assertThat(_get(dialog, Paragraph.class).getText())
                .isEqualTo("Do you want to recover the customer account Bølge Konsult AS?");
        dialog.recover.click();
        assertThat(dialog.admin.getErrorMessage()).isEqualTo("Required");
        dialog.admin.setValue(new Choice(guest.getId(), "Gustav Gjest", guest.getEmail()));
        dialog.recover.click();
        AccountRow recovered = row(view, "Bølge Konsult AS");
        assertThat(recovered.deleted()).isFalse();
        assertThat(recovered.adminName()).isEqualTo("Gustav Gjest");
    }

    @Test
    void addCustomerValidatesThenCreatesAndTheUserBecomesCustomerAdmin() {
        long org = fixtures.organization("Polar Logistikk AS");
        UserAccount guest = fixtures.guest(tenant, "Guro", "Gjestebakken");
        CustomerAccountListView view = open();
        _get(Button.class, spec -> spec.withId("add-account")).click();
        AccountForm form = view.form();
        assertThat(form.status.getValue()).isEqualTo(io.clientele.customer.CustomerStatus.ACTIVE);
        _get(Button.class, spec -> spec.withId("save-account")).click();
        assertThat(form.organization.getErrorMessage()).isEqualTo("Required");
        assertThat(form.admin.getErrorMessage()).isEqualTo("Required");

        form.organization.setValue(new Choice(org, "Polar Logistikk AS", ""));
        form.admin.setValue(new Choice(guest.getId(), "Guro Gjestebakken", guest.getEmail()));
        form.customerNumber.setValue("12a");
        _get(Button.class, spec -> spec.withId("save-account")).click();
        assertThat(form.customerNumber.getErrorMessage()).isEqualTo("Digits only");

        form.customerNumber.setValue("4711");
        form.allowSharedBilling.setValue(true);
        _get(Button.class, spec -> spec.withId("save-account")).click();
        assertThat(view.panel().isOpen()).isFalse();
        AccountRow created = row(view, "Polar Logistikk AS");
        assertThat(created.adminName()).isEqualTo("Guro Gjestebakken");
        assertThat(created.customerNumber()).isEqualTo("4711");
        assertThat(users.findInTenant(guest.getId()).orElseThrow().getPortalRole())
                .isEqualTo(Role.CUSTOMER_ADMIN);
    }

    @Test
    void editShowsTheCurrentValuesAndAStaleOrganizationChoiceGetsAClearMessage() {
        long taken = accounts.details(lyng).orElseThrow().organization().getId();
        CustomerAccountListView view = open();
        run(view, row(view, "Elv Catering AS"), "Edit");
        AccountForm form = view.form();
        assertThat(form.organization.getValue().label()).isEqualTo("Elv Catering AS");
        assertThat(form.allowSharedBilling.getValue()).isTrue();
        form.organization.setValue(new Choice(taken, "Lyng Media ENK", ""));
        _get(Button.class, spec -> spec.withId("save-account")).click();
        assertThat(form.organization.isInvalid()).isTrue();
        assertThat(form.organization.getErrorMessage())
                .isEqualTo("This organization already has a customer account (someone may have just created it)");
    }

    @Test
    void supportAndViewersCannotOpenTheList() {
        login(data.staff(tenant, Role.SUPPORT));
        UI.getCurrent().navigate("customer-accounts");
        assertThat(_get(io.clientele.base.ui.AccessDeniedView.class).getPageTitle())
                .isEqualTo("No access · Clientele");
        assertThat(_find(CustomerAccountListView.class)).isEmpty();
        assertThatThrownBy(() -> accounts.count("")).isInstanceOf(AccessDeniedException.class);
    }
}
