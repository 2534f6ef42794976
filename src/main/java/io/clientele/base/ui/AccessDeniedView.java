package io.clientele.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;

/**
 * A console page the staff member's role may not open (e.g. Branding for an ADMIN): "No access", 403. The console's
 * pages and the roles that open them are no secret to its staff, and saying so beats a puzzling "not found". A
 * portal customer never sees it: the console's layout shows them the portal's not-found page instead.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {
    public AccessDeniedView() {
        super(VaadinIcon.LOCK);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return denied(event);
    }
}
