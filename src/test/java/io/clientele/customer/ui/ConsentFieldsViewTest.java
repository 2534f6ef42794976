package io.clientele.customer.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import io.clientele.KaribuTest;
import io.clientele.customer.ConsentField;
import io.clientele.customer.ConsentService;
import io.clientele.customer.CustomerStatus;
import io.clientele.security.Role;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Settings → Consent fields and a customer's Consents tab. */
class ConsentFieldsViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void anAdminDefinesAFieldAndRecordsACustomersAnswerOnTheConsentsTab() {
        long tenant = data.tenant();
        long ada = data.customer(tenant, "Ada", "Lovelace", "ada@example.no", null, CustomerStatus.ACTIVE);
        login(data.staff(tenant, Role.ADMIN));
        UI.getCurrent().navigate("settings/consent-fields");
        Grid<ConsentField> grid = _get(Grid.class, spec -> spec.withId("consent-field-grid"));
        assertThat(grid.getEmptyStateText()).startsWith("No consent fields yet");
        _get(Button.class, spec -> spec.withId("add-consent-field")).click();
        _get(TextField.class, spec -> spec.withId("consent-field-name")).setValue("Marketing e-mails");
        _get(Button.class, spec -> spec.withId("save-consent-field")).click();
        assertThat(_size(grid)).isEqualTo(1);
        _get(Button.class, spec -> spec.withId("add-consent-field")).click();
        TextField name = _get(TextField.class, spec -> spec.withId("consent-field-name"));
        name.setValue("MARKETING E-MAILS");
        _get(Button.class, spec -> spec.withId("save-consent-field")).click();
        assertThat(name.getErrorMessage()).isEqualTo("A consent field with this name already exists");

        UI.getCurrent().navigate("customers/" + ada, QueryParameters.of("tab", "consents"));
        CustomerConsentsTab tab = _get(CustomerConsentsTab.class);
        assertThat(tab.field.getValue().getName()).isEqualTo("Marketing e-mails");
        tab.granted.setValue(false);
        tab.at.setValue(LocalDateTime.now().plusDays(2));
        tab.source.setValue("Phone");
        _get(Button.class, spec -> spec.withId("record-consent")).click();
        assertThat(tab.at.isInvalid()).isTrue();
        assertThat(tab.at.getErrorMessage()).isEqualTo("The answer cannot be given in the future");
        ConsentService consents = ctx.getBean(ConsentService.class);
        assertThat(consents.of(java.util.List.of(ada))).isEmpty();

        tab.at.setValue(LocalDateTime.now().minusHours(1));
        _get(Button.class, spec -> spec.withId("record-consent")).click();
        assertThat(tab.at.isInvalid()).isFalse();
        var answer =
                consents.of(java.util.List.of(ada)).get(ada).values().iterator().next();
        assertThat(answer.granted()).isFalse();
        assertThat(answer.source()).isEqualTo("Phone");
        Grid<ConsentField> answers = _get(Grid.class, spec -> spec.withId("consent-grid"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(answers, 0))
                .contains("Phone");
    }

    @Test
    void aViewerSeesAnswersButNoForm() {
        long tenant = data.tenant();
        long ada = data.customer(tenant, "Ada", "Readonly", null, null, CustomerStatus.ACTIVE);
        login(data.staff(tenant, Role.ADMIN));
        ctx.getBean(ConsentService.class).create("Terms accepted");
        login(data.staff(tenant, Role.VIEWER));
        UI.getCurrent().navigate("settings/consent-fields");
        _assertNone(Button.class, spec -> spec.withId("add-consent-field"));
        UI.getCurrent().navigate("customers/" + ada, QueryParameters.of("tab", "consents"));
        _assertNone(ComboBox.class, spec -> spec.withId("consent-field"));
        _assertNone(Button.class, spec -> spec.withId("record-consent"));
    }
}
