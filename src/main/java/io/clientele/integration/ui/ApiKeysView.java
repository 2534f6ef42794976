package io.clientele.integration.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.clientele.base.ui.Nav;
import io.clientele.integration.ApiKeyService;
import io.clientele.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Autowired;

/** Settings → API keys: the tenant's keys for the REST API (sort, page and size in the URL). */
@Menu(order = Nav.SETTINGS + 40, title = "nav.api-keys", icon = "vaadin:key")
@Route("settings/api-keys")
@RolesAllowed(Roles.ADMIN)
public class ApiKeysView extends SettingsListView {
    private final ApiKeysPanel panel;

    /** The constructor Spring calls; the other one only lets the panel exist before the page. */
    @Autowired
    public ApiKeysView(ApiKeyService keys) {
        this(new ApiKeysPanel(keys, null, true));
    }

    private ApiKeysView(ApiKeysPanel panel) {
        super("settings/api-keys", "nav.api-keys", "apikey.none", panel, panel.paged());
        this.panel = panel;
    }

    ApiKeysPanel panel() {
        return panel;
    }
}
