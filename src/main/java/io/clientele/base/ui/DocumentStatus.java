package io.clientele.base.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import io.clientele.security.CurrentUser;
import io.clientele.security.Role;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

/**
 * The page document answers with the status of the page it will show, since the app's pages are drawn after the
 * document is sent (monitors, crawlers and {@code curl -f} would otherwise see 200): 404 when no view answers the
 * address or it is a catch-all error page; 403 ("No access") when a staff member's role may not open the view; 404
 * for a portal customer there, who is shown the portal's not-found page.
 */
@Component
class DocumentStatus implements VaadinServiceInitListener {
    private final AccessAnnotationChecker access = new AccessAnnotationChecker();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            String path = response.getVaadinRequest().getPathInfo();
            String route = path == null ? "" : path.replaceFirst("^/", "");
            var view = RouteConfiguration.forApplicationScope()
                    .getRoute(route)
                    .filter(target -> !ErrorPage.class.isAssignableFrom(target));
            if (view.isEmpty()) {
                response.getVaadinResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
            } else if (response.getVaadinRequest() instanceof VaadinServletRequest http
                    && !access.hasAccess(view.get(), http.getHttpServletRequest())) {
                boolean staff =
                        CurrentUser.get().filter(u -> u.has(Role.VIEWER)).isPresent();
                response.getVaadinResponse()
                        .setStatus(staff ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND);
            }
        });
    }
}
