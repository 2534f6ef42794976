package io.clientele.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.router.QueryParameters;
import io.clientele.KaribuTest;
import io.clientele.account.AccountTestData;
import io.clientele.account.CustomerAccountService;
import io.clientele.account.SharedBilling;
import io.clientele.base.Choice;
import io.clientele.base.ui.TypedConfirmDialog;
import io.clientele.organization.OrganizationService;
import io.clientele.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class CustomerAccountViewTest extends KaribuTest {
    @Autowired
    OrganizationService organizations;

    @Autowired
    CustomerAccountService accounts;

    @Autowired
    SharedBilling sharedBilling;

    AccountTestData fixtures;
    long tenant;

    @BeforeEach
    void admin() {
        tenant = data.tenant();
        login(data.staff(tenant, Role.ADMIN));
        fixtures = new AccountTestData(organizations, accounts, users);
    }

    private static boolean shown(String id) {
        return !_find(Div.class, spec -> spec.withId(id)).isEmpty();
    }

    private static void open(long id, String tab) {
        UI.getCurrent().navigate("customer-accounts/" + id, QueryParameters.of("tab", tab));
    }

    private static boolean hasAction(String key) {
        return !_find(Button.class, spec -> spec.withId("action-" + key)).isEmpty();
    }

    @Test
    void tabsFollowTheAccountAndEmptyBillingExplainsTheFallback() {
        long id = fixtures.account(tenant, "Elv Catering AS", false);
        UI.getCurrent().navigate("customer-accounts/" + id);
        assertThat(shown("block-organization")).isTrue();
        assertThat(shown("block-account")).isTrue();
        assertThat(shown("block-admin")).isTrue();
        assertThat(_find(Tab.class, spec -> spec.withId("tab-shared"))).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("account-location")).getText())
                .isEqualTo("Oslo · Storgata 1, 0150 Oslo");

        open(id, "billing");
        assertThat(_get(Paragraph.class, spec -> spec.withId("billing-empty-note"))
                        .getText())
                .isEqualTo(
                        "No billing information has been added: the organization's location information is used for invoicing.");
        _get(Button.class, spec -> spec.withId("edit-billing")).click();
        BillingDialog dialog = _get(BillingDialog.class);
        dialog.postCode.setValue("12");
        dialog.responsible.setValue("Kari Nordmann");
        _get(Button.class, spec -> spec.withId("save-billing")).click();
        assertThat(dialog.postCode.getErrorMessage()).isEqualTo("Not a valid post number for this country");
        dialog.postCode.setValue("5003");
        _get(Button.class, spec -> spec.withId("save-billing")).click();
        // Saved and shown again on the same tab.
        assertThat(_find(Paragraph.class, spec -> spec.withId("billing-empty-note")))
                .isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("block-billing"))
                        .getElement()
                        .getTextRecursively())
                .contains("Kari Nordmann");
    }

    @Test
    void theHeaderOffersTheListsActionsByState() {
        long id = fixtures.account(tenant, "Elv Catering AS", true);
        UI.getCurrent().navigate("customer-accounts/" + id);
        assertThat(hasAction("edit")).isTrue();
        assertThat(hasAction("view")).isFalse();
        _get(Button.class, spec -> spec.withId("action-manage-shared")).click();
        _get(SharedAccountsTab.class);

        _get(Button.class, spec -> spec.withId("action-delete")).click();
        TypedConfirmDialog dialog = _get(TypedConfirmDialog.class);
        dialog.typedField().setValue("DELETE");
        dialog.confirmButton().click();
        // The page shows the deleted account: recover instead of edit, no admin, billing read-only, sharing closed.
        assertThat(hasAction("recover")).isTrue();
        assertThat(hasAction("edit")).isFalse();
        assertThat(hasAction("manage-shared")).isFalse();
        assertThat(shown("block-admin")).isFalse();
        open(id, "billing");
        assertThat(_find(Button.class, spec -> spec.withId("edit-billing"))).isEmpty();
        open(id, "shared");
        assertThat(_get(Paragraph.class, spec -> spec.withId("shared-closed")).getText())
                .isEqualTo("This customer account is deleted; recover it to manage shared accounts.");
    }

    @Test
    void editOpensTheAccountFormBesideThePage() {
        long id = fixtures.account(tenant, "Elv Catering AS", false);
        UI.getCurrent().navigate("customer-accounts/" + id);
        _get(Button.class, spec -> spec.withId("action-edit")).click();
        AccountForm form = _get(AccountForm.class);
        assertThat(form.isVisible()).isTrue();
        _get(Button.class, spec -> spec.withId("save-account")).click();
        assertThat(_find(AccountForm.class)).isEmpty();
    }

    @Test
    void sharedTabAddsAndRemoves() {
        long billing = fixtures.account(tenant, "Elv Catering AS", true);
        long other = fixtures.account(tenant, "Lyng Media ENK", false);
        open(billing, "shared");
        SharedAccountsTab tab = _get(SharedAccountsTab.class);
        assertThat(tab.paged().getGrid().getEmptyStateText()).isEqualTo("No accounts share billing with this one yet.");
        _get(Button.class, spec -> spec.withId("add-shared")).click();
        assertThat(tab.candidate().getErrorMessage()).isEqualTo("Required");
        tab.candidate().setValue(new Choice(other, "Lyng Media ENK", ""));
        _get(Button.class, spec -> spec.withId("add-shared")).click();
        assertThat(sharedBilling.sharedAccounts(billing, PageRequest.of(0, 20)))
                .extracting(r -> r.organizationName())
                .containsExactly("Lyng Media ENK");
        assertThat(GridKt._size(tab.paged().getGrid())).isEqualTo(1);
        assertThat(_get(Span.class, spec -> spec.withId("showing")).getText()).isEqualTo("Showing 1–1 of 1 result");
    }

    @Test
    void anotherTenantsAccountLooksNotFound() {
        long id = fixtures.account(tenant, "Elv Catering AS", false);
        long otherTenant = data.tenant();
        login(data.staff(otherTenant, Role.ADMIN));
        UI.getCurrent().navigate("customer-accounts/" + id);
        assertThat(_get(com.vaadin.flow.component.html.H2.class).getText()).isEqualTo("Record not found");
    }
}
