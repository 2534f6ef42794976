package io.clientele.integration.ui;

import io.clientele.base.ui.DetailPage;
import io.clientele.customer.CustomerRow;
import io.clientele.customer.CustomerStatus;
import io.clientele.customer.CustomerType;
import io.clientele.customer.ui.CustomerTab;
import io.clientele.integration.ApiKeyService;
import io.clientele.integration.WebhookService;
import io.clientele.security.CurrentUser;
import io.clientele.security.Role;
import org.springframework.stereotype.Component;

/** A business customer's API keys and webhooks (product page 1: only business customers integrate): ADMIN. */
@Component
class IntegrationTabs implements CustomerTab {
    private final ApiKeyService apiKeys;
    private final WebhookService webhooks;

    IntegrationTabs(ApiKeyService apiKeys, WebhookService webhooks) {
        this.apiKeys = apiKeys;
        this.webhooks = webhooks;
    }

    @Override
    public int order() {
        return AFTER_ACTIVITY;
    }

    @Override
    public void addTo(DetailPage page, CustomerRow customer, Runnable changed) {
        if (CurrentUser.require().has(Role.ADMIN) && customer.type() == CustomerType.BUSINESS && !customer.deleted()) {
            long id = customer.id();
            page.tab(
                    "api-keys",
                    page.getTranslation("tab.api-keys"),
                    () -> new ApiKeysPanel(apiKeys, id, customer.status() != CustomerStatus.BLOCKED));
            page.tab("webhooks", page.getTranslation("tab.webhooks"), () -> new WebhooksPanel(webhooks, id));
        }
    }
}
