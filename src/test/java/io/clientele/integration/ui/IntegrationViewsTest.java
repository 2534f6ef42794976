package io.clientele.integration.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import io.clientele.KaribuTest;
import io.clientele.base.BusinessEvent;
import io.clientele.customer.CustomerDraft;
import io.clientele.customer.CustomerStatus;
import io.clientele.customer.CustomerType;
import io.clientele.integration.ApiKey;
import io.clientele.integration.ApiKeyService;
import io.clientele.integration.ApiScope;
import io.clientele.integration.WebhookDelivery;
import io.clientele.integration.WebhookEndpoint;
import io.clientele.integration.WebhookService;
import io.clientele.security.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Settings → API keys and Webhooks, and the two tabs only business customers have. */
class IntegrationViewsTest extends KaribuTest {
    @Autowired
    ApiKeyService keys;

    @Autowired
    WebhookService hooks;

    @Test
    void aNewKeyIsShownOnceThenListedAndRevokedFromItsRow() {
        long tenant = data.tenant();
        login(data.staff(tenant, Role.ADMIN));
        UI.getCurrent().navigate("settings/api-keys");
        ApiKeysView view = _get(ApiKeysView.class);
        Grid<ApiKey> grid = view.panel().paged().getGrid();
        assertThat(_size(grid)).isZero();

        _get(Button.class, spec -> spec.withId("new-api-key")).click();
        NewApiKeyDialog dialog = _get(NewApiKeyDialog.class);
        assertThat(dialog.scopes.getValue()).containsExactly(ApiScope.CUSTOMERS_READ);
        _get(Button.class, spec -> spec.withId("create-api-key")).click();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Required");
        dialog.name.setValue("CRM sync");
        dialog.scopes.clear();
        _get(Button.class, spec -> spec.withId("create-api-key")).click();
        assertThat(dialog.scopes.getErrorMessage()).isEqualTo("Choose at least one scope");
        assertThat(keys.count(null)).isZero();
        dialog.scopes.setValue(Set.of(ApiScope.CUSTOMERS_READ, ApiScope.CUSTOMERS_WRITE));
        _get(Button.class, spec -> spec.withId("create-api-key")).click();

        String secret =
                _get(TextField.class, spec -> spec.withId("api-key-secret")).getValue();
        assertThat(secret).startsWith("clt_").hasSizeGreaterThan(50);
        assertThat(_get(Paragraph.class, spec -> spec.withId("api-key-once")).getText())
                .contains("only this once");
        _get(Button.class, spec -> spec.withId("api-key-done")).click();
        _assertNone(NewApiKeyDialog.class);
        assertThat(_size(grid)).isEqualTo(1);
        ApiKey listed = com.github.mvysny.kaributesting.v10.GridKt._get(grid, 0);
        assertThat(listed.getName()).isEqualTo("CRM sync");
        assertThat(secret).contains(listed.getKeyId());

        rowAction(grid, 0, "Revoke");
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(keys.list(null, PageRequest.of(0, 5)).getFirst().getRevokedAt())
                .isNotNull();
    }

    @Test
    void onlyBusinessCustomersHaveApiKeysAndWebhooksTabsAndAnEndpointShowsItsDeliveryLog() {
        long tenant = data.tenant();
        login(data.staff(tenant, Role.ADMIN));
        long person = data.customer(tenant, "Kari", "Person", null, null, CustomerStatus.ACTIVE);
        CustomerDraft d = new CustomerDraft();
        d.setType(CustomerType.BUSINESS);
        d.setCompanyName("Fjord AS");
        d.setFirstName("Ola");
        long business = customers.create(d);

        UI.getCurrent().navigate("customers/" + person);
        assertThat(_find(Tab.class, spec -> spec.withId("tab-api-keys"))).isEmpty();
        assertThat(_find(Tab.class, spec -> spec.withId("tab-webhooks"))).isEmpty();

        UI.getCurrent().navigate("customers/" + business, QueryParameters.of("tab", "webhooks"));
        _get(Tab.class, spec -> spec.withId("tab-api-keys"));
        _get(Button.class, spec -> spec.withId("new-webhook")).click();
        WebhookEndpointDialog form = _get(WebhookEndpointDialog.class);
        form.url.setValue("ftp://fjord.example/hooks");
        _get(Button.class, spec -> spec.withId("save-webhook")).click();
        assertThat(form.url.getErrorMessage()).startsWith("Enter an http:// or https:// address");
        form.url.setValue("http://127.0.0.1:9/fjord");
        form.events.setValue(Set.of(BusinessEvent.CUSTOMER_UPDATED));
        _get(Button.class, spec -> spec.withId("save-webhook")).click();
        _assertNone(WebhookEndpointDialog.class);
        WebhookEndpoint endpoint = hooks.list(business, PageRequest.of(0, 5)).getFirst();
        assertThat(endpoint.getCustomerId()).isEqualTo(business);
        assertThat(hooks.count(null)).as("the tenant's own endpoints").isZero();

        WebhooksPanel panel = _get(WebhooksPanel.class);
        rowAction(panel.paged().getGrid(), 0, "Delivery log");
        DeliveryLogDialog log = _get(DeliveryLogDialog.class);
        assertThat(_size(log.paged().getGrid())).isZero();
        _get(Button.class, spec -> spec.withId("send-test-event")).click();
        assertThat(_size(log.paged().getGrid())).isEqualTo(1);
        WebhookDelivery queued =
                com.github.mvysny.kaributesting.v10.GridKt._get(log.paged().getGrid(), 0);
        assertThat(queued.getEventType()).isEqualTo("webhook.test");
        assertThat(_get(com.vaadin.flow.component.textfield.PasswordField.class, spec -> spec.withId("webhook-secret"))
                        .getValue())
                .startsWith("whsec_");
    }
}
