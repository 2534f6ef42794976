package io.clientele.integration.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.clientele.base.ui.Nav;
import io.clientele.integration.WebhookService;
import io.clientele.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Autowired;

/** Settings → Webhooks: the tenant's endpoints, which hear about every customer (sort, page and size in the URL). */
@Menu(order = Nav.SETTINGS + 45, title = "nav.webhooks", icon = "vaadin:connect")
@Route("settings/webhooks")
@RolesAllowed(Roles.ADMIN)
public class WebhooksView extends SettingsListView {
    private final WebhooksPanel panel;

    /** The constructor Spring calls; the other one only lets the panel exist before the page. */
    @Autowired
    public WebhooksView(WebhookService hooks) {
        this(new WebhooksPanel(hooks, null));
    }

    private WebhooksView(WebhooksPanel panel) {
        super("settings/webhooks", "nav.webhooks", "webhook.none", panel, panel.paged());
        this.panel = panel;
    }

    WebhooksPanel panel() {
        return panel;
    }
}
