package io.clientele.portal.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.clientele.integration.ApiKeyService;
import io.clientele.integration.ui.ApiKeysPanel;
import io.clientele.integration.ui.KeySource;
import io.clientele.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/** Portal → API keys: a business customer's admin makes and revokes the keys that reach only its own data. */
@Route(value = "portal/api-keys", layout = PortalLayout.class)
@RolesAllowed(Roles.CUSTOMER_ADMIN)
public class PortalApiKeysView extends VerticalLayout implements HasDynamicTitle {
    public PortalApiKeysView(ApiKeyService keys) {
        addClassName("portal-view");
        add(
                new H2(getTranslation("portal.nav.api-keys")),
                new ApiKeysPanel(KeySource.mine(keys), true).writes(PortalLayout::writes));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.nav.api-keys") + " · " + getTranslation("portal.title");
    }
}
