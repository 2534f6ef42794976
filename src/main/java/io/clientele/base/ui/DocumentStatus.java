package io.clientele.base.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

/**
 * The page document of an address that shows the not-found page answers 404: no view answers it, the caller may not
 * open the view (a hidden view looks like a missing one), or it is a catch-all error page. The app's pages are drawn
 * after the document is sent, so monitors, crawlers and {@code curl -f} would otherwise see 200.
 */
@Component
class DocumentStatus implements VaadinServiceInitListener {
    private final AccessAnnotationChecker access = new AccessAnnotationChecker();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            String path = response.getVaadinRequest().getPathInfo();
            String route = path == null ? "" : path.replaceFirst("^/", "");
            boolean shown = RouteConfiguration.forApplicationScope().getRoute(route)
                    .filter(view -> !ErrorPage.class.isAssignableFrom(view))
                    .filter(view -> !(response.getVaadinRequest() instanceof VaadinServletRequest http)
                            || access.hasAccess(view, http.getHttpServletRequest()))
                    .isPresent();
            if (!shown) {
                response.getVaadinResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
            }
        });
    }
}
