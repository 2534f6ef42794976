package io.clientele.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import io.clientele.security.CurrentUser;
import io.clientele.security.Role;
import jakarta.annotation.security.PermitAll;

/** "/" after login: staff land on the Customers list, portal users in the portal (by route, so base knows no feature). */
@Route(value = "", autoLayout = false)
@PermitAll
public class StartView extends Div implements BeforeEnterObserver {
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(CurrentUser.require().has(Role.VIEWER) ? "customers" : "portal");
    }
}
