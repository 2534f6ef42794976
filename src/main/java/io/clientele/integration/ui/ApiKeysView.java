package io.clientele.integration.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.clientele.base.ui.ListPage;
import io.clientele.base.ui.ListState;
import io.clientele.base.ui.Nav;
import io.clientele.integration.ApiKeyService;
import io.clientele.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/** Settings → API keys: the tenant's keys for the REST API (sort, page and size in the URL). */
@Menu(order = Nav.SETTINGS + 40, title = "nav.api-keys", icon = "vaadin:key")
@Route("settings/api-keys")
@RolesAllowed(Roles.ADMIN)
public class ApiKeysView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    static final String ROUTE = "settings/api-keys";
    private final ApiKeysPanel panel;
    private final ListState state;

    public ApiKeysView(ApiKeyService keys) {
        addClassName("list-view");
        setSizeFull();
        panel = new ApiKeysPanel(keys, null, true);
        state = new ListState(ROUTE, panel.paged(), panel.paged()::refresh).emptyText("apikey.none");
        add(ListPage.toolbar(getTranslation("nav.api-keys")), panel);
        setFlexGrow(1, panel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state.apply(event.getLocation());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.api-keys") + " · Clientele";
    }

    ApiKeysPanel panel() {
        return panel;
    }
}
