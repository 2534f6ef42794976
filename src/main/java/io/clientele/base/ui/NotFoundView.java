package io.clientele.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** An address that leads nowhere, inside the app layout. */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {
    public NotFoundView() {
        super(VaadinIcon.QUESTION_CIRCLE_O);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return show(
                "error.not-found.title",
                "error.not-found.text",
                event.getLocation().getPath(),
                HttpServletResponse.SC_NOT_FOUND);
    }
}
