package io.clientele.portal.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.clientele.subscription.SubscriptionService;
import io.clientele.subscription.ui.BilledCalls;
import jakarta.annotation.security.RolesAllowed;

/** Portal → Calls: recent outbound calls and how each was billed. */
@Route(value = "portal/calls", layout = PortalLayout.class)
@RolesAllowed({"CUSTOMER_ADMIN", "CUSTOMER"})
public class PortalCallsView extends VerticalLayout implements HasDynamicTitle {
    public PortalCallsView(SubscriptionService subscriptions) {
        addClassName("portal-view");
        add(
                new H2(getTranslation("portal.nav.calls")),
                new Paragraph(getTranslation("portal.calls-intro")),
                BilledCalls.grid(subscriptions::ownCalls, subscriptions::countOwnCalls));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.nav.calls") + " · " + getTranslation("portal.title");
    }
}
