package io.clientele.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.clientele.base.ui.Notifications;
import io.clientele.portal.SignupService;
import io.clientele.security.CurrentUser;
import io.clientele.security.PortalLogins;
import jakarta.annotation.security.RolesAllowed;

/**
 * Where a self-signed-up login stays until it opens the link in its confirmation mail: the portal's other pages
 * forward here, and the server refuses its writes meanwhile. Resend mails a fresh link (at most one a minute).
 */
@Route(value = "portal/confirm-email", layout = PortalLayout.class)
@RolesAllowed({"CUSTOMER_ADMIN", "CUSTOMER", "GUEST"})
public class PortalConfirmEmailView extends VerticalLayout implements HasDynamicTitle {
    public PortalConfirmEmailView(PortalLogins users) {
        CurrentUser me = CurrentUser.require();
        Paragraph text = new Paragraph(getTranslation("portal.confirm-email.text", me.getUsername()));
        text.setId("confirm-email-text");
        Button resend = new Button(getTranslation("portal.confirm-email.resend"), e -> {
            if (users.resendConfirmation(SignupService.VERIFY_PATH)) {
                Notifications.success(getTranslation("portal.confirm-email.sent", me.getUsername()));
            } else {
                Notifications.error(getTranslation("portal.confirm-email.wait"));
            }
        });
        resend.setId("resend-confirmation");
        resend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("portal.confirm-email.title")), text, resend);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.confirm-email.title");
    }
}
