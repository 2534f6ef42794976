package io.clientele.impersonation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import io.clientele.impersonation.SupportTabs;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Vaadin's holder strategy reads the login from the browser session while Vaadin handles a request or runs
 * {@code UI.access}, so every UI of a session would act as its staff member. This one gives the UIs of a support tab
 * (the request's UI, or the UI being accessed) the customer's identity and leaves everything else to Vaadin's; it
 * also marks each UI made for a support tab as one.
 */
@Component
class SupportContextStrategy implements SecurityContextHolderStrategy, VaadinServiceInitListener {
    private final SecurityContextHolderStrategy vaadin = new VaadinAwareSecurityContextHolderStrategy();

    @Override
    public SecurityContext getContext() {
        return supportTab().orElseGet(vaadin::getContext);
    }

    private static Optional<SecurityContext> supportTab() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return Optional.empty();
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        UI ui = UI.getCurrent();
        if (request instanceof VaadinServletRequest r) {
            return SupportTabs.context(session.getSession(), r.getHttpServletRequest());
        }
        return ui != null ? SupportTabs.context(session.getSession(), ui.getUIId()) : Optional.empty();
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(e -> SupportTabs.adopt(
                        e.getUI().getSession().getSession(), e.getUI().getUIId()));
    }

    @Override
    public void clearContext() {
        vaadin.clearContext();
    }

    @Override
    public void setContext(SecurityContext context) {
        vaadin.setContext(context);
    }

    @Override
    public SecurityContext createEmptyContext() {
        return vaadin.createEmptyContext();
    }
}
