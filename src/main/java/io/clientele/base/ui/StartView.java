package io.clientele.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import io.clientele.customer.ui.CustomerListView;
import io.clientele.portal.ui.PortalView;
import io.clientele.security.CurrentUser;
import io.clientele.security.Role;
import jakarta.annotation.security.PermitAll;

/** "/" after login: staff land on the Customers list, portal users in the portal. */
@Route(value = "", autoLayout = false)
@PermitAll
public class StartView extends com.vaadin.flow.component.html.Div implements BeforeEnterObserver {
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(CurrentUser.require().has(Role.VIEWER) ? CustomerListView.class : PortalView.class);
    }
}
