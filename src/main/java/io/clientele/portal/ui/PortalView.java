package io.clientele.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.*;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.clientele.base.ui.Formats;
import io.clientele.messaging.Notification;
import io.clientele.messaging.NotificationService;
import io.clientele.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The customer portal's start page (its own layout, not the console's side bar): what changed for the
 * signed-in portal user since last time. Opening it marks the notifications as read.
 */
@Route(value = "portal", autoLayout = false)
@RolesAllowed({"CUSTOMER_ADMIN", "CUSTOMER", "GUEST"})
public class PortalView extends VerticalLayout implements HasDynamicTitle {

    public PortalView(NotificationService notifications, AuthenticationContext auth) {
        addClassName("portal-view");
        CurrentUser me = CurrentUser.require();
        Button logout = new Button(getTranslation("layout.logout"), e -> auth.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div top = new Div(new Span("Clientele"), logout);
        top.addClassName("portal-top");
        add(top, new H2(getTranslation("portal.welcome", me.displayName())));

        List<Notification> latest = notifications.mine(20);
        Div block = new Div(new H3(getTranslation("portal.notifications")));
        block.addClassName("detail-block");
        block.setId("portal-notifications");
        if (latest.isEmpty()) {
            block.add(new Paragraph(getTranslation("portal.no-notifications")));
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("notification-list");
        for (Notification n : latest) {
            ListItem item = new ListItem(new Span(Formats.dateTime(n.getCreatedAt())), new Span(n.getMessage()));
            if (n.getReadAt() == null) {
                item.addClassName("unread");
            }
            list.add(item);
        }
        block.add(list);
        add(block);
        notifications.markAllRead();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.title") + " · Clientele";
    }
}
