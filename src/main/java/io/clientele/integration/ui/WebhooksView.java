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
import io.clientele.integration.WebhookService;
import io.clientele.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/** Settings → Webhooks: the tenant's endpoints, which hear about every customer (sort, page and size in the URL). */
@Menu(order = Nav.SETTINGS + 45, title = "nav.webhooks", icon = "vaadin:connect")
@Route("settings/webhooks")
@RolesAllowed(Roles.ADMIN)
public class WebhooksView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    static final String ROUTE = "settings/webhooks";
    private final WebhooksPanel panel;
    private final ListState state;

    public WebhooksView(WebhookService hooks) {
        addClassName("list-view");
        setSizeFull();
        panel = new WebhooksPanel(hooks, null);
        state = new ListState(ROUTE, panel.paged(), panel.paged()::refresh).emptyText("webhook.none");
        add(ListPage.toolbar(getTranslation("nav.webhooks")), panel);
        setFlexGrow(1, panel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state.apply(event.getLocation());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.webhooks") + " · Clientele";
    }

    WebhooksPanel panel() {
        return panel;
    }
}
