package io.clientele.portal.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import io.clientele.base.ui.ErrorPage;
import io.clientele.base.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address in the portal that leads nowhere, or one of the console's that a customer may not open: the not-found
 * page in the portal's own layout, with its brand and menu, rather than the empty staff layout.
 */
@Route(value = "portal/:path*", layout = PortalLayout.class)
@RolesAllowed({"CUSTOMER_ADMIN", "CUSTOMER", "GUEST"})
public class PortalNotFoundView extends ErrorPage implements BeforeEnterObserver {
    public PortalNotFoundView() {
        super(VaadinIcon.QUESTION_CIRCLE_O);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String asked = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(MainLayout.ASKED)
                .orElse(event.getLocation().getPath());
        show("error.not-found.title", "error.not-found.text", asked, HttpServletResponse.SC_NOT_FOUND);
    }
}
