package io.clientele.organization.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import io.clientele.KaribuTest;
import io.clientele.account.AccountTestData;
import io.clientele.account.CustomerAccountService;
import io.clientele.base.ui.RowActions;
import io.clientele.base.ui.TypedConfirmDialog;
import io.clientele.organization.Organization;
import io.clientele.organization.OrganizationService;
import io.clientele.security.Role;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OrganizationListViewTest extends KaribuTest {
    @Autowired
    OrganizationService organizations;

    @Autowired
    CustomerAccountService accounts;

    long tenant;

    @BeforeEach
    void admin() {
        tenant = data.tenant();
        login(data.staff(tenant, Role.ADMIN));
    }

    private OrganizationListView open() {
        UI.getCurrent().navigate("organizations");
        return _get(OrganizationListView.class);
    }

    private static List<Organization> rows(OrganizationListView view) {
        var grid = view.paged().getGrid();
        return IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i)).toList();
    }

    @Test
    void createShowsEachRuleOnItsFieldThenSaves() {
        OrganizationListView view = open();
        _get(Button.class, spec -> spec.withId("add-organization")).click();
        OrganizationForm form = view.form();
        _get(Button.class, spec -> spec.withId("save-organization")).click();
        assertThat(form.name.getErrorMessage()).isEqualTo("Required");
        assertThat(form.orgNumber.getErrorMessage()).isEqualTo("Required");

        form.name.setValue("Fjord Bygg AS");
        form.orgNumber.setValue("923 456 780");
        form.digitalAddress.setValue("not an address");
        _get(Button.class, spec -> spec.withId("save-organization")).click();
        assertThat(form.digitalAddress.getErrorMessage())
                .isEqualTo("Use the form 0192:923456783 (scheme, colon, identifier)");

        form.digitalAddress.setValue("0192:923456783");
        _get(Button.class, spec -> spec.withId("save-organization")).click();
        assertThat(form.orgNumber.getErrorMessage())
                .isEqualTo("A Norwegian organization number has 9 digits and a valid check digit");
        assertThat(rows(view)).isEmpty();

        form.orgNumber.setValue("923 456 783");
        form.postCode.setValue("0150");
        form.legalForm.setValue("AS");
        _get(Button.class, spec -> spec.withId("save-organization")).click();
        assertThat(view.panel().isOpen()).isFalse();
        assertThat(rows(view))
                .extracting(Organization::getName, Organization::getOrgNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Fjord Bygg AS", "923456783"));
    }

    @Test
    void softDeleteNeedsTypedDeleteAlsoDeletesTheAccountAndRecoverBringsTheOrganizationBack() {
        AccountTestData fixtures = new AccountTestData(organizations, accounts, users);
        long account = fixtures.account(tenant, "Havbris Sjømat AS", false);
        OrganizationListView view = open();
        Organization havbris = rows(view).getFirst();
        view.actionsFor(havbris).stream()
                .filter(a -> a.caption().equals("Delete"))
                .findFirst()
                .orElseThrow()
                .run()
                .run();
        TypedConfirmDialog dialog = _get(TypedConfirmDialog.class);
        assertThat(_get(dialog, Paragraph.class, spec -> spec.withClasses("confirm-warning"))
                        .getText())
                .isEqualTo("The organization Havbris Sjømat AS moves to the Trash, where it can be restored. "
                        + "Its customer account goes with it.");
        dialog.typedField().setValue("delete");
        assertThat(dialog.confirmButton().isEnabled()).isFalse();
        dialog.typedField().setValue("DELETE");
        dialog.confirmButton().click();

        assertThat(rows(view)).isEmpty();
        assertThat(accounts.details(account).orElseThrow().row().deleted()).isTrue();
        _get(Checkbox.class, spec -> spec.withId("include-deleted")).setValue(true);
        Organization deleted = rows(view).getFirst();
        assertThat(deleted.isDeleted()).isTrue();
        assertThat(view.actionsFor(deleted))
                .extracting(RowActions.Action::caption)
                .containsExactly("Recover");
        view.actionsFor(deleted).getFirst().run().run();
        assertThat(rows(view).getFirst().isDeleted()).isFalse();
    }
}
