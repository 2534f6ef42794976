package io.clientele.privacy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import io.clientele.KaribuTest;
import io.clientele.TestData;
import io.clientele.base.OwnerType;
import io.clientele.base.ui.TypedConfirmDialog;
import io.clientele.customer.CustomerStatus;
import io.clientele.directory.AddressDraft;
import io.clientele.directory.AddressService;
import io.clientele.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The customer page's Privacy tab as an admin uses it: what is held, legal hold, erasure refused then done. */
class PrivacyTabTest extends KaribuTest {
    @Autowired
    AddressService addresses;

    long tenant;
    long kari;

    @BeforeEach
    void kari() {
        tenant = data.tenant();
        kari = data.customer(tenant, "Kari", "Nordmann", TestData.uniqueEmail("kari"), null, CustomerStatus.ACTIVE);
        login(data.staff(tenant, Role.ADMIN));
        AddressDraft a = new AddressDraft();
        a.setLine1("Kariveien 7");
        a.setPostCode("0150");
        a.setCity("Oslo");
        addresses.saveAddress(OwnerType.CUSTOMER, kari, null, a);
    }

    private void open() {
        UI.getCurrent().navigate("customers/" + kari, QueryParameters.of("tab", "privacy"));
    }

    private String block(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void aLegalHoldRefusesErasureInTheDialogAndAfterReleaseTheCustomerIsErased() {
        open();
        assertThat(block("block-held")).contains("Addresses1", "Profile1", "Portal login0");
        _get(Button.class, spec -> spec.withId("set-hold")).click();
        assertThat(_get(TextField.class, spec -> spec.withId("hold-reason")).getErrorMessage())
                .isEqualTo("Required");

        _get(TextField.class, spec -> spec.withId("hold-reason")).setValue("Invoice dispute");
        _get(Button.class, spec -> spec.withId("set-hold")).click();
        assertThat(block("block-legal-hold")).contains("On legal hold", "Invoice dispute");

        _get(Button.class, spec -> spec.withId("erase-personal-data")).click();
        TypedConfirmDialog dialog = _get(TypedConfirmDialog.class);
        dialog.typedField().setValue("DELETE");
        dialog.confirmButton().click();
        assertThat(dialog.refusalText())
                .isEqualTo("Refused: the customer is on legal hold (Invoice dispute). Release the hold first.");
        assertThat(dialog.confirmButton().isEnabled()).isFalse();
        dialog.close();

        _get(Button.class, spec -> spec.withId("release-hold")).click();
        _get(Button.class, spec -> spec.withId("erase-personal-data")).click();
        TypedConfirmDialog again = _get(TypedConfirmDialog.class);
        again.typedField().setValue("DELETE");
        again.confirmButton().click();
        assertThat(again.isOpened()).isFalse();

        open();
        assertThat(_get(H2.class).getText()).isEqualTo("Erased customer #" + kari);
        assertThat(block("block-erase")).contains("Erased");
        assertThat(block("block-held")).contains("Addresses0");
        _assertNone(Button.class, spec -> spec.withId("erase-personal-data"));
    }

    @Test
    void onlyAdminsSeeThePrivacyTab() {
        login(data.staff(tenant, Role.VIEWER));
        UI.getCurrent().navigate("customers/" + kari);
        _assertNone(Tab.class, spec -> spec.withId("tab-privacy"));
        login(data.staff(tenant, Role.ADMIN));
        UI.getCurrent().navigate("customers/" + kari);
        _assertOne(Tab.class, spec -> spec.withId("tab-privacy"));
    }
}
