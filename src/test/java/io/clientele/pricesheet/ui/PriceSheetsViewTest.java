package io.clientele.pricesheet.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import io.clientele.KaribuTest;
import io.clientele.pricesheet.PriceSheetDraft;
import io.clientele.pricesheet.PriceSheetService;
import io.clientele.security.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PriceSheetsViewTest extends KaribuTest {
    @Autowired
    PriceSheetService sheets;

    @Test
    void createASheetThenAddItemsWithClearMessages() {
        long tenant = data.tenant();
        login(data.staff(tenant, Role.ADMIN));
        UI.getCurrent().navigate("settings/price-sheets");
        PriceSheetsView view = _get(PriceSheetsView.class);
        assertThat(view.grid().getEmptyStateText()).isEqualTo("No price sheets yet.");

        _get(Button.class, spec -> spec.withId("add-price-sheet")).click();
        PriceSheetsView.SheetForm form = _get(PriceSheetsView.SheetForm.class);
        form.name.setValue("Standard 2027");
        form.currency.setValue("nok");
        form.validFrom.setValue(LocalDate.of(2027, 1, 1));
        form.validTo.setValue(LocalDate.of(2026, 12, 31));
        _get(Button.class, spec -> spec.withId("save-price-sheet")).click();
        assertThat(form.validTo.getErrorMessage()).isEqualTo("Must be on or after Valid from");
        form.validTo.clear();
        _get(Button.class, spec -> spec.withId("save-price-sheet")).click();
        assertThat(_size(view.grid())).isEqualTo(1);
        assertThat(sheets.all().getFirst().getCurrency()).isEqualTo("NOK");

        // The new sheet's items open right away.
        _get(TextField.class, spec -> spec.withId("item-code")).setValue("consult-60");
        _get(TextField.class, spec -> spec.withId("item-description")).setValue("Consultation, 60 minutes");
        _get(BigDecimalField.class, spec -> spec.withId("item-price")).setValue(new BigDecimal("950.555"));
        _get(Button.class, spec -> spec.withId("add-item")).click();
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("item-price"))
                        .getErrorMessage())
                .isEqualTo("A price of 0 or more with at most two decimals");
        _get(BigDecimalField.class, spec -> spec.withId("item-price")).setValue(new BigDecimal("950.50"));
        _get(Button.class, spec -> spec.withId("add-item")).click();
        assertThat(sheets.items(sheets.all().getFirst().getId()))
                .extracting(i -> i.getProductCode())
                .containsExactly("CONSULT-60");
    }

    @Test
    void theSearchComesFromTheUrlAndARowOpensItsItems() {
        long tenant = data.tenant();
        login(data.staff(tenant, Role.ADMIN));
        for (int year : new int[] {2026, 2027, 2025}) {
            PriceSheetDraft d = new PriceSheetDraft();
            d.setName(year == 2025 ? "Bedrift" : "Standard " + year);
            d.setValidFrom(LocalDate.of(year, 1, 1));
            sheets.save(null, d);
        }
        UI.getCurrent().navigate("settings/price-sheets", QueryParameters.of("q", "standard"));
        PriceSheetsView view = _get(PriceSheetsView.class);
        assertThat(_size(view.grid())).isEqualTo(2);
        // Newest validity first.
        assertThat(GridKt._get(view.grid(), 0).getName()).isEqualTo("Standard 2027");

        GridKt._clickItem(view.grid(), 1, view.grid().getColumnByKey("name"));
        assertThat(view.panel().isOpen()).isTrue();
        assertThat(_get(H3.class, spec -> spec.withText("Items of Standard 2026")))
                .isNotNull();
    }
}
