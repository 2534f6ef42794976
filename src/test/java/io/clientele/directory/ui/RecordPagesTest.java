package io.clientele.directory.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.QueryParameters;
import io.clientele.KaribuTest;
import io.clientele.account.AccountTestData;
import io.clientele.account.CustomerAccountService;
import io.clientele.base.OwnerType;
import io.clientele.customer.Gender;
import io.clientele.directory.AddressKind;
import io.clientele.directory.AddressService;
import io.clientele.directory.ContactService;
import io.clientele.directory.DirectoryTestData;
import io.clientele.organization.OrganizationService;
import io.clientele.pricesheet.PriceSheet;
import io.clientele.pricesheet.PriceSheetDraft;
import io.clientele.pricesheet.PriceSheetService;
import io.clientele.security.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The one page of each record kind: company, contact and customer, with tabs and header actions. */
class RecordPagesTest extends KaribuTest {
    @Autowired
    ContactService contacts;

    @Autowired
    AddressService addresses;

    @Autowired
    OrganizationService organizations;

    @Autowired
    CustomerAccountService accounts;

    @Autowired
    PriceSheetService sheets;

    long tenant;
    long fjord;
    long ingrid;

    @BeforeEach
    void company() {
        tenant = data.tenant();
        login(data.staff(tenant, Role.ADMIN));
        fjord = new AccountTestData(organizations, accounts, users).organization("Fjord Bygg AS");
        ingrid = new DirectoryTestData(contacts).contact("Ingrid", "Hansen", "ingrid@fjord.no", Gender.FEMALE, fjord);
    }

    @Test
    void companyPageAddsAnAddressAndAssignsTheEffectivePriceSheet() {
        PriceSheetDraft d = new PriceSheetDraft();
        d.setName("Standard");
        d.setValidFrom(LocalDate.now().minusDays(30));
        long sheet = sheets.save(null, d);
        sheets.addItem(sheet, "CONSULT-60", "Consultation, 60 minutes", new BigDecimal("950.00"));

        UI.getCurrent().navigate("users/companies/" + fjord, QueryParameters.of("tab", "contacts"));
        assertThat(_get(com.vaadin.flow.component.html.H2.class).getText()).isEqualTo("Fjord Bygg AS");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("block-contacts"))
                        .getElement()
                        .getTextRecursively())
                .contains("Ingrid Hansen");

        UI.getCurrent().navigate("users/companies/" + fjord, QueryParameters.of("tab", "addresses"));
        _get(Button.class, spec -> spec.withId("add-address")).click();
        AddressDialog dialog = _get(AddressDialog.class);
        dialog.form.kind.setValue(AddressKind.VISITING);
        dialog.form.line1.setValue("Storgata 1");
        dialog.form.postCode.setValue("150");
        dialog.form.city.setValue("Oslo");
        dialog.form.country.setValue("NO");
        _get(Button.class, spec -> spec.withId("save-address")).click();
        assertThat(dialog.form.postCode.getErrorMessage())
                .isEqualTo("Not a valid post code for this country, e.g. 0150");
        dialog.form.postCode.setValue("0150");
        _get(Button.class, spec -> spec.withId("save-address")).click();
        assertThat(addresses.addresses(OwnerType.ORGANIZATION, fjord))
                .singleElement()
                .satisfies(a -> assertThat(a.isDefault()).isTrue());
        assertThat(_size(_get(Grid.class, spec -> spec.withId("address-grid")))).isEqualTo(1);
        // Edit opens the saved address and changes it in place.
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("address-grid"));
        ((Button) ((HorizontalLayout) _getCellComponent(grid, 0, "actions")).getComponentAt(0)).click();
        AddressDialog edit = _get(AddressDialog.class);
        assertThat(edit.form.line1.getValue()).isEqualTo("Storgata 1");
        edit.form.line1.setValue("Storgata 2");
        _get(Button.class, spec -> spec.withId("save-address")).click();
        assertThat(addresses.addresses(OwnerType.ORGANIZATION, fjord))
                .singleElement()
                .satisfies(a -> assertThat(a.getLine1()).isEqualTo("Storgata 2"));

        UI.getCurrent().navigate("users/companies/" + fjord, QueryParameters.of("tab", "price-sheets"));
        @SuppressWarnings("unchecked")
        ComboBox<PriceSheet> pick = _get(ComboBox.class, spec -> spec.withId("assign-price-sheet"));
        pick.setValue(sheets.find(sheet).orElseThrow());
        _get(Button.class, spec -> spec.withId("assign-price-sheet-button")).click();
        assertThat(_get(Grid.class, spec -> spec.withId("effective-items"))).isNotNull();
        assertThat(_size(_get(Grid.class, spec -> spec.withId("effective-items"))))
                .isEqualTo(1);
    }

    @Test
    void viewersSeeButCannotChangeAndAnotherTenantsCompanyIsNotFound() {
        login(data.staff(tenant, Role.VIEWER));
        UI.getCurrent().navigate("users/companies/" + fjord);
        // The whole record, read-only.
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("block-organization"))
                        .getElement()
                        .getTextRecursively())
                .contains("Fjord Bygg AS", "Oslo");
        assertThat(_find(Button.class, spec -> spec.withId("save-profile"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("action-edit"))).isEmpty();
        UI.getCurrent().navigate("users/companies/" + fjord, QueryParameters.of("tab", "addresses"));
        assertThat(_find(Button.class, spec -> spec.withId("add-address"))).isEmpty();

        login(data.staff(data.tenant(), Role.ADMIN));
        UI.getCurrent().navigate("users/companies/" + fjord);
        assertThat(_get(com.vaadin.flow.component.html.H2.class).getText()).isEqualTo("Record not found");
    }

    @Test
    void aViewerSeesTheWholeContactReadOnly() {
        login(data.staff(tenant, Role.VIEWER));
        UI.getCurrent().navigate("users/contacts/" + ingrid);
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("block-facts"))
                        .getElement()
                        .getTextRecursively())
                .contains("Ingrid", "Hansen", "ingrid@fjord.no", "Female");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("block-company"))
                        .getElement()
                        .getTextRecursively())
                .contains("Fjord Bygg AS");
        assertThat(_find(Button.class, spec -> spec.withId("save-profile"))).isEmpty();
    }

    @Test
    void aCustomerHasOnePageWithTheListsActionsAndAnAccountOpensItsAccountPage() {
        long person = data.customer(
                tenant, "Kari", "Berg", "kari@berg.no", null, io.clientele.customer.CustomerStatus.ACTIVE);
        UI.getCurrent().navigate("customers/" + person);
        assertThat(_get(com.vaadin.flow.component.html.H2.class).getText()).isEqualTo("Kari Berg");
        // The header offers what the list's ⋮ menu offers for this customer (no portal login: no password reset).
        assertThat(_find(Button.class, spec -> spec.withId("action-edit"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("action-add-teams"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("action-reset-password")))
                .isEmpty();
        _get(Button.class, spec -> spec.withId("save-profile"));

        UI.getCurrent().navigate("customers/" + person, QueryParameters.of("tab", "activity"));
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("activity"))
                        .getElement()
                        .getTextRecursively())
                .contains("Created Kari Berg");

        long account = new AccountTestData(organizations, accounts, users).account(tenant, "Nord Regnskap AS", false);
        UI.getCurrent().navigate("customers/" + account);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("customer-accounts/" + account);
        // One record, one page: the account's page has the customer's tabs too, and Back leads to Customers.
        assertThat(_find(com.vaadin.flow.component.tabs.Tab.class))
                .extracting(t -> t.getElement().getTextRecursively())
                .contains(
                        "Customer account",
                        "Billing",
                        "Bookings",
                        "Consents",
                        "Messages",
                        "Activity",
                        "API keys",
                        "Webhooks",
                        "Privacy");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("← Customers"))
                        .getHref())
                .startsWith("customers");

        // Roles that may not open customer accounts see the customer's own page, not a dead end.
        login(data.staff(tenant, io.clientele.security.Role.SUPPORT));
        UI.getCurrent().navigate("customers/" + account);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("customers/" + account);
        assertThat(_get(com.vaadin.flow.component.html.H2.class).getText()).isEqualTo("Nord Regnskap AS");
        assertThat(_find(com.vaadin.flow.component.tabs.Tab.class))
                .extracting(t -> t.getElement().getTextRecursively())
                .contains("Consents", "Messages")
                .doesNotContain("Privacy", "Bookings");
    }

    @Test
    void leavingAnEditedProfileAsksFirst() {
        long person = data.customer(
                tenant, "Kari", "Berg", "kari@berg.no", null, io.clientele.customer.CustomerStatus.ACTIVE);
        UI.getCurrent().navigate("customers/" + person);
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("Last name"))
                .setValue("Bergström");
        UI.getCurrent().navigate("customers");
        com.vaadin.flow.component.confirmdialog.ConfirmDialog ask = _get(
                com.vaadin.flow.component.confirmdialog.ConfirmDialog.class, spec -> spec.withId("unsaved-changes"));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("customers/" + person);
        _fireConfirm(ask);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("customers");
    }
}
