package io.clientele.portal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.clientele.base.ui.Formats;
import io.clientele.impersonation.ImpersonationService;
import io.clientele.messaging.Notification;
import io.clientele.messaging.NotificationService;
import io.clientele.security.CurrentUser;
import io.clientele.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The portal's start page: every time support opened the account and why, then what changed since last time.
 * Opening it marks the notifications as read (not while support is looking).
 */
@Route(value = "portal", layout = PortalLayout.class)
@RolesAllowed({"CUSTOMER_ADMIN", "CUSTOMER", "GUEST"})
public class PortalView extends VerticalLayout implements HasDynamicTitle {

    public PortalView(NotificationService notifications, ImpersonationService impersonation) {
        addClassName("portal-view");
        CurrentUser me = CurrentUser.require();
        add(new H2(getTranslation("portal.welcome", me.displayName())));

        if (me.has(Role.CUSTOMER)) {
            List<ImpersonationService.Notice> notices = impersonation.notices(10);
            if (!notices.isEmpty()) {
                Div block = new Div(new H3(getTranslation("portal.support-access")));
                block.addClassName("detail-block");
                block.setId("support-notices");
                UnorderedList list = new UnorderedList();
                notices.forEach(n -> list.add(
                        new ListItem(getTranslation("portal.support-notice", Formats.dateTime(n.at()), n.reason()))));
                block.add(list);
                add(block);
            }
        }

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
        if (me.support().isEmpty()) {
            notifications.markAllRead();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.title") + " · Clientele";
    }
}
