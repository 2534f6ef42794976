package io.clientele.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.clientele.base.ui.Notifications;
import io.clientele.booking.BookingService;
import io.clientele.impersonation.ImpersonationService;
import io.clientele.impersonation.SupportSwitch;
import io.clientele.impersonation.ui.SupportBanner;
import io.clientele.security.CurrentUser;
import io.clientele.security.Role;
import io.clientele.security.UserAccount;
import io.clientele.security.UserAccountService;
import io.clientele.tenant.TenantService;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;

/**
 * The customer portal's own frame, branded with the tenant's name and colour: the support banner when staff are
 * looking, the portal's pages, and sign-out. A login that must change its password sees only Profile until it has.
 */
@PermitAll
public class PortalLayout extends VerticalLayout implements RouterLayout, BeforeEnterObserver {
    private final Div content = new Div();
    private final UserAccountService users;
    private final ImpersonationService impersonation;

    public PortalLayout(
            TenantService tenants,
            UserAccountService users,
            ImpersonationService impersonation,
            SupportSwitch support,
            BookingService bookings,
            AuthenticationContext auth) {
        this.users = users;
        this.impersonation = impersonation;
        addClassName("portal");
        setPadding(false);
        setSpacing(false);
        CurrentUser me = CurrentUser.require();
        tenants.current().ifPresent(t -> {
            if (t.getBrandColor() != null) {
                getStyle().set("--clientele-brand", t.getBrandColor());
            }
        });
        String brand = tenants.current().map(t -> t.getName()).orElse("Clientele");
        SupportSwitch.current().ifPresent(s -> add(new SupportBanner(support, me.displayName(), s)));
        Span logo = new Span(brand.substring(0, 1).toUpperCase());
        logo.addClassName("portal-logo");
        Span name = new Span(brand);
        name.addClassName("portal-brand");
        name.setId("portal-brand");
        Nav nav = new Nav();
        nav.addClassName("portal-nav");
        nav.add(link("portal.nav.home", PortalView.class), link("portal.nav.profile", PortalProfileView.class));
        if (me.has(Role.CUSTOMER) && me.customerScope().isPresent()) {
            nav.add(
                    link("portal.nav.subscriptions", PortalSubscriptionsView.class),
                    link("portal.nav.calls", PortalCallsView.class));
            if (bookings.countOwnBookings() + bookings.countOwnPayments() > 0) {
                nav.add(link("portal.nav.bookings", PortalBookingsView.class));
            }
            if (me.has(Role.CUSTOMER_ADMIN)) {
                nav.add(link("portal.nav.api-keys", PortalApiKeysView.class));
            }
        }
        // Until the address is confirmed every page forwards to the confirmation page: no links that lead nowhere.
        nav.setVisible(!me.awaitingEmailConfirmation() || me.support().isPresent());
        Button logout = new Button(getTranslation("layout.logout"), e -> auth.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("portal-logout");
        logout.setVisible(SupportSwitch.current().isEmpty());
        Div top = new Div(logo, name, nav, new Span(me.displayName()), logout);
        top.addClassName("portal-top");
        content.addClassName("portal-content");
        add(top, content);
    }

    private static RouterLink link(String key, Class<? extends Component> view) {
        RouterLink link =
                new RouterLink(com.vaadin.flow.component.UI.getCurrent().getTranslation(key), view);
        link.setHighlightCondition(com.vaadin.flow.router.HighlightConditions.sameLocation());
        return link;
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        content.getElement().appendChild(view.getElement());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        impersonation.viewed("/" + event.getLocation().getPath());
        CurrentUser me = CurrentUser.require();
        if (me.awaitingEmailConfirmation() && me.support().isEmpty()) {
            if (event.getNavigationTarget() != PortalConfirmEmailView.class) {
                event.forwardTo(PortalConfirmEmailView.class);
            }
            return;
        }
        if (event.getNavigationTarget() != PortalProfileView.class
                && me.support().isEmpty()
                && users.findByEmail(me.getUsername())
                        .map(UserAccount::isForcePasswordChange)
                        .orElse(false)) {
            Notifications.error(getTranslation("portal.must-change-password"));
            event.forwardTo(PortalProfileView.class);
        }
    }

    /**
     * In a read-only support session the controls that would change something are switched off and say why, rather
     * than being refused after the click (the services still refuse such changes).
     */
    static void writes(com.vaadin.flow.component.Component... controls) {
        if (SupportSwitch.current()
                .filter(io.clientele.security.CurrentUser.Support::readOnly)
                .isEmpty()) {
            return;
        }
        String hint = com.vaadin.flow.component.UI.getCurrent().getTranslation("support.read-only-hint");
        for (var control : controls) {
            if (control instanceof com.vaadin.flow.component.HasEnabled c) {
                c.setEnabled(false);
            }
            if (control instanceof com.vaadin.flow.component.shared.HasTooltip t) {
                t.setTooltipText(hint);
            }
            if (control instanceof com.vaadin.flow.component.HasHelper h) {
                h.setHelperText(hint);
            }
        }
    }

    /** A portal change; a read-only support session's refusal is explained instead of failing the page. */
    static boolean write(Runnable change) {
        try {
            change.run();
            return true;
        } catch (AccessDeniedException e) {
            Notifications.error(com.vaadin
                    .flow
                    .component
                    .UI
                    .getCurrent()
                    .getTranslation(
                            SupportSwitch.current().isPresent() ? "support.read-only-refused" : "portal.not-allowed"));
            return false;
        }
    }
}
