package io.clientele.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import io.clientele.security.CurrentUser;
import io.clientele.security.Role;
import jakarta.annotation.security.PermitAll;

/**
 * "/" after login: platform operators land on Settings → Tenants, staff on the Customers list, portal users in the
 * portal (by route, so base knows no feature).
 */
@Route(value = "", autoLayout = false)
@PermitAll
public class StartView extends Div implements BeforeEnterObserver {
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CurrentUser me = CurrentUser.require();
        if (me.secondFactor() != CurrentUser.SecondFactor.NONE) {
            event.forwardTo("two-factor");
            return;
        }
        event.forwardTo(
                me.has(Role.SYSTEM_ADMIN) && me.support().isEmpty()
                        ? "settings/tenants"
                        : me.has(Role.VIEWER) ? "customers" : "portal");
    }
}
