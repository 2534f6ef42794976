package io.clientele.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;

/** A service refused the user while a view was opening (a record their role may not see): the same "No access". */
@ParentLayout(MainLayout.class)
@PermitAll
public class RefusedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {
    public RefusedView() {
        super(VaadinIcon.LOCK);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return denied(event);
    }
}
