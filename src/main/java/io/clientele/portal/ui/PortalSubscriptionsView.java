package io.clientele.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.clientele.base.ui.Confirm;
import io.clientele.base.ui.Formats;
import io.clientele.base.ui.Notifications;
import io.clientele.subscription.Plan;
import io.clientele.subscription.SubscriptionService;
import io.clientele.subscription.ui.UsageSummary;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;

/**
 * Portal → Subscriptions: the plan with minutes included / used / remaining, the usage chart and the renewal date;
 * without an active subscription, the plans to choose from.
 */
@Route(value = "portal/subscriptions", layout = PortalLayout.class)
@RolesAllowed({"CUSTOMER_ADMIN", "CUSTOMER"})
public class PortalSubscriptionsView extends VerticalLayout implements HasDynamicTitle {
    private final SubscriptionService subscriptions;

    public PortalSubscriptionsView(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
        addClassName("portal-view");
        show();
    }

    private void show() {
        removeAll();
        add(new H2(getTranslation("portal.nav.subscriptions")));
        subscriptions
                .ownUsage(Formats.zone())
                .ifPresentOrElse(
                        u -> {
                            add(new UsageSummary(u));
                            Button cancel = new Button(
                                    getTranslation(
                                            u.cancelAtPeriodEnd()
                                                    ? "billing.withdraw-cancel"
                                                    : "billing.cancel-at-end"),
                                    e -> {
                                        if (PortalLayout.write(
                                                () -> subscriptions.cancelOwnAtPeriodEnd(!u.cancelAtPeriodEnd()))) {
                                            Notifications.success(getTranslation("billing.recorded"));
                                            show();
                                        }
                                    });
                            cancel.setId("portal-cancel-subscription");
                            PortalLayout.writes(cancel);
                            add(cancel);
                        },
                        this::plans);
    }

    private void plans() {
        add(new Paragraph(getTranslation("portal.no-subscription")));
        Div cards = new Div();
        cards.addClassName("plan-cards");
        cards.setId("plan-cards");
        for (Plan p : subscriptions.plansForMe()) {
            String price = Formats.money(BigDecimal.valueOf(p.getPriceCents(), 2), p.getCurrency());
            // A paid plan is a purchase: say what it costs and how often before it is made.
            Button choose = new Button(
                    getTranslation("portal.choose-plan"),
                    e -> Confirm.ask(
                            getTranslation("portal.confirm-plan-title", p.getName()),
                            getTranslation(
                                    "portal.confirm-plan-text." + p.getPeriod(),
                                    p.getName(),
                                    price,
                                    p.getMinutesIncluded()),
                            getTranslation("portal.confirm-plan"),
                            () -> {
                                if (PortalLayout.write(() -> subscriptions.subscribe(p.getId()))) {
                                    Notifications.success(getTranslation("portal.subscribed", p.getName()));
                                    show();
                                }
                            }));
            choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            choose.setId("choose-plan-" + p.getId());
            PortalLayout.writes(choose);
            Div card = new Div(
                    new H3(p.getName()),
                    new Paragraph(getTranslation("portal.plan-minutes." + p.getPeriod(), p.getMinutesIncluded())),
                    new Paragraph(price + getTranslation("subscription.per-period." + p.getPeriod())),
                    choose);
            card.addClassName("plan-card");
            cards.add(card);
        }
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.nav.subscriptions") + " · " + getTranslation("portal.title");
    }
}
