package io.clientele.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import io.clientele.KaribuTest;
import io.clientele.account.AccountTestData;
import io.clientele.base.Choice;
import io.clientele.account.CustomerAccountService;
import io.clientele.organization.OrganizationService;
import io.clientele.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;

class CustomerAccountViewTest extends KaribuTest {
    @Autowired OrganizationService organizations;
    @Autowired CustomerAccountService accounts;
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

    @Test
    void blocksFollowTheAccountAndEmptyBillingExplainsTheFallback() {
        long id = fixtures.account(tenant, "Elv Catering AS", false);
        UI.getCurrent().navigate("customer-accounts/" + id);
        assertThat(shown("block-organization")).isTrue();
        assertThat(shown("block-account")).isTrue();
        assertThat(shown("block-shared")).isFalse();
        assertThat(shown("block-admin")).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("billing-empty-note")).getText())
                .isEqualTo("No billing information has been added: the organization's location information is used for invoicing.");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("account-location")).getText())
                .isEqualTo("Oslo · Storgata 1, 0150 Oslo");

        _get(Button.class, spec -> spec.withId("edit-billing")).click();
        BillingDialog dialog = _get(BillingDialog.class);
        dialog.postNumber.setValue("12");
        dialog.responsible.setValue("Kari Nordmann");
        _get(Button.class, spec -> spec.withId("save-billing")).click();
        assertThat(dialog.postNumber.getErrorMessage()).isEqualTo("Not a valid post number for this country");
        dialog.postNumber.setValue("5003");
        _get(Button.class, spec -> spec.withId("save-billing")).click();
        assertThat(_find(Paragraph.class, spec -> spec.withId("billing-empty-note"))).isEmpty();
    }

    @Test
    void sharedBlockWithManageOnlyWhileLiveAndAdminHiddenWhenDeleted() {
        long id = fixtures.account(tenant, "Elv Catering AS", true);
        UI.getCurrent().navigate("customer-accounts/" + id);
        assertThat(shown("block-shared")).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("manage-shared"))).hasSize(1);

        accounts.softDelete(id);
        UI.getCurrent().navigate("customer-accounts/" + id);
        assertThat(shown("block-shared")).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("manage-shared"))).isEmpty();
        assertThat(shown("block-admin")).isFalse();
        assertThat(_find(Button.class, spec -> spec.withId("edit-billing"))).isEmpty();
    }

    @Test
    void sharedAccountsPageAddsAndRemoves() {
        long billing = fixtures.account(tenant, "Elv Catering AS", true);
        long other = fixtures.account(tenant, "Lyng Media ENK", false);
        UI.getCurrent().navigate("customer-accounts/" + billing + "/shared");
        SharedAccountsView view = _get(SharedAccountsView.class);
        assertThat(view.grid().getEmptyStateText()).isEqualTo("No accounts share billing with this one yet.");
        _get(Button.class, spec -> spec.withId("add-shared")).click();
        assertThat(view.candidate().getErrorMessage()).isEqualTo("Required");
        view.candidate().setValue(new Choice(other, "Lyng Media ENK", ""));
        _get(Button.class, spec -> spec.withId("add-shared")).click();
        assertThat(accounts.sharedAccounts(billing)).extracting(r -> r.organizationName()).containsExactly("Lyng Media ENK");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(view.grid())).isEqualTo(1);

        UI.getCurrent().navigate("customer-accounts/" + other + "/shared");
        assertThat(_get(Paragraph.class, spec -> spec.withId("shared-closed")).getText())
                .isEqualTo("Shared billing accounts are not enabled for this customer account.");
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
