package io.clientele.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.clientele.base.FieldValidationException;
import io.clientele.base.ui.Badge;
import io.clientele.base.ui.Formats;
import io.clientele.base.ui.Notifications;
import io.clientele.base.ui.PagedGrid;
import io.clientele.impersonation.ImpersonationService;
import io.clientele.portal.AppUser;
import io.clientele.portal.AppUserService;
import io.clientele.portal.LoginInfo;
import io.clientele.portal.SignupAttribution;
import io.clientele.security.CurrentUser;
import io.clientele.security.LoginAttempts;
import io.clientele.security.PasswordResets;
import io.clientele.security.Role;
import io.clientele.subscription.BillingEvent;
import io.clientele.subscription.BillingRule;
import io.clientele.subscription.Plan;
import io.clientele.subscription.SubscriptionService;
import io.clientele.subscription.ui.BilledCalls;
import io.clientele.subscription.ui.UsageSummary;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Objects;

/** The details drawer of an app user: Info, Subscriptions, 1-Min Billing and UTM, each built when first shown. */
class AppUserDetails extends VerticalLayout {
    private final AppUserService appUsers;
    private final LoginAttempts attempts;
    private final PasswordResets resets;
    private final SubscriptionService subscriptions;
    private final ImpersonationService impersonation;
    private final AppUser user;
    private final Runnable changed;
    private final boolean admin = CurrentUser.require().has(Role.ADMIN);
    private final boolean support = CurrentUser.require().has(Role.SUPPORT);
    private final Div subscriptionTab = new Div();

    AppUserDetails(
            AppUserService appUsers,
            LoginAttempts attempts,
            PasswordResets resets,
            SubscriptionService subscriptions,
            ImpersonationService impersonation,
            AppUser user,
            Runnable changed) {
        this.appUsers = appUsers;
        this.attempts = attempts;
        this.resets = resets;
        this.subscriptions = subscriptions;
        this.impersonation = impersonation;
        this.user = user;
        this.changed = changed;
        setPadding(false);
        setId("app-user-details");
        Anchor page = new Anchor("customers/" + user.customerId(), getTranslation("app-users.open-record"));
        page.setId("open-customer-record");
        TabSheet tabs = new TabSheet();
        tabs.setId("app-user-tabs");
        tabs.setWidthFull();
        tab(tabs, "info", getTranslation("app-users.tab.info"), info());
        subscriptionTab.setId("subscriptions-tab");
        tab(tabs, "subscriptions", getTranslation("app-users.tab.subscriptions"), subscriptionTab);
        tab(tabs, "billing", getTranslation("app-users.tab.billing"), billing());
        tab(tabs, "utm", getTranslation("app-users.tab.utm"), utm());
        fillSubscriptions();
        add(new Span(user.email()), page, tabs);
    }

    private static void tab(TabSheet tabs, String key, String caption, Component content) {
        Tab tab = tabs.add(caption, content);
        tab.setId("tab-" + key);
    }

    // --- Info ---

    private Component info() {
        LoginInfo i = appUsers.loginInfo(user.customerId());
        Div block = new Div();
        block.setId("info-tab");
        block.addClassName("detail-fields");
        block.add(
                field(
                        "app-users.last-login",
                        i.lastLoginAt() == null
                                ? getTranslation("app-users.never")
                                : Formats.dateTime(i.lastLoginAt())),
                field("app-users.last-ip", Objects.toString(i.lastLoginIp(), "—")),
                field("app-users.last-browser", Objects.toString(i.lastLoginBrowser(), "—")),
                field("app-users.failed-logins", String.valueOf(i.failedLogins())),
                field(
                        "app-users.email-verified",
                        i.emailVerifiedAt() == null
                                ? getTranslation("app-users.not-verified")
                                : Formats.dateTime(i.emailVerifiedAt())));
        HorizontalLayout lock = new HorizontalLayout(new Badge(
                getTranslation(i.locked() ? "app-users.locked" : "app-users.not-locked"),
                i.locked() ? Badge.Tone.ERROR : Badge.Tone.SUCCESS));
        lock.setId("lock-state");
        if (i.locked() && support) {
            Button unlock = new Button(getTranslation("app-users.unlock"), e -> {
                attempts.unlock(user.loginId());
                Notifications.success(getTranslation("app-users.unlocked", user.email()));
                refresh();
            });
            unlock.setId("unlock");
            lock.add(unlock);
        }
        block.add(lock);
        if (support) {
            Checkbox force = new Checkbox(getTranslation("app-users.force-change"), i.forcePasswordChange());
            force.setId("force-password-change");
            force.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    resets.requirePasswordChange(user.loginId(), e.getValue());
                    Notifications.success(
                            getTranslation(e.getValue() ? "app-users.force-change-on" : "app-users.force-change-off"));
                }
            });
            Button signOut = new Button(
                    getTranslation("app-users.sign-out-all"),
                    e -> Notifications.success(
                            getTranslation("app-users.signed-out", attempts.signOutEverywhere(user.loginId()))));
            signOut.setId("sign-out-all");
            block.add(force, signOut);
        }
        Div sessions = new Div(new H4(getTranslation("app-users.support-sessions")));
        sessions.setId("support-sessions");
        UnorderedList list = new UnorderedList();
        impersonation
                .sessionsOf(user.customerId(), 5)
                .forEach(s -> list.add(new ListItem(Formats.dateTime(s.getStartedAt()) + " · " + s.getStaffName()
                        + " · " + getTranslation("support.mode." + s.getMode())
                        + " · " + s.getReason())));
        sessions.add(
                list.getComponentCount() == 0 ? new Paragraph(getTranslation("app-users.no-support-sessions")) : list);
        block.add(sessions);
        return block;
    }

    private void refresh() {
        changed.run();
        getParent().ifPresent(p -> {
            int index = p.getElement().indexOfChild(getElement());
            AppUserDetails fresh =
                    new AppUserDetails(appUsers, attempts, resets, subscriptions, impersonation, user, changed);
            p.getElement().insertChild(index, fresh.getElement());
            p.getElement().removeChild(getElement());
        });
    }

    // --- Subscriptions ---

    private void fillSubscriptions() {
        subscriptionTab.removeAll();
        ZoneId zone = Formats.zone();
        subscriptions
                .usage(user.customerId(), zone)
                .ifPresentOrElse(
                        u -> subscriptionTab.add(new UsageSummary(u)),
                        () -> subscriptionTab.add(new Paragraph(getTranslation("subscription.none"))));
        if (admin && !user.deleted()) {
            subscriptionTab.add(
                    billingActions(subscriptions.usage(user.customerId(), zone).orElse(null)));
        }
        PagedGrid<BillingEvent> history = new PagedGrid<>(new Grid<>());
        Grid<BillingEvent> grid = history.getGrid();
        grid.setId("billing-history");
        grid.addColumn(e -> Formats.dateTime(e.getOccurredAt()))
                .setKey("when")
                .setHeader(getTranslation("billing.when"))
                .setWidth("10rem")
                .setFlexGrow(0);
        grid.addColumn(e -> getTranslation("billing.kind." + e.getKind()))
                .setKey("kind")
                .setHeader(getTranslation("billing.kind"))
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(e -> e.description(getLocale()))
                .setKey("description")
                .setHeader(getTranslation("billing.what"))
                .setTooltipGenerator(e -> e.description(getLocale()))
                .setFlexGrow(1);
        grid.addColumn(e -> e.getAmountCents() == null
                        ? ""
                        : Formats.money(BigDecimal.valueOf(e.getAmountCents(), 2), e.getCurrency()))
                .setKey("amount")
                .setHeader(getTranslation("billing.amount"))
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(e -> e.getOnBehalfOf() == null
                        ? e.getActor()
                        : getTranslation("billing.by-support", e.getActor(), e.getOnBehalfOf()))
                .setKey("actor")
                .setHeader(getTranslation("billing.by"))
                .setFlexGrow(1);
        history.setEmptyStateText(getTranslation("billing.no-history"));
        history.setSource(
                page -> subscriptions.history(user.customerId(), page),
                () -> subscriptions.countHistory(user.customerId()));
        history.setHeight("16rem");
        history.refresh();
        subscriptionTab.add(new H4(getTranslation("billing.history")), history);
    }

    /** Add minutes, change plan, cancel at period end: each a billing event, audited by the service. */
    private Component billingActions(SubscriptionService.Usage usage) {
        ComboBox<Plan> plan = new ComboBox<>(getTranslation("billing.plan"));
        plan.setItems(subscriptions.plans());
        plan.setItemLabelGenerator(p -> p.getName() + " · " + p.getMinutesIncluded() + " min");
        plan.setId("plan-choice");
        Button change = new Button(
                getTranslation(usage == null ? "billing.subscribe" : "billing.change-plan"),
                e -> act(
                        () -> subscriptions.changePlan(
                                user.customerId(),
                                plan.getValue() == null ? -1 : plan.getValue().getId()),
                        plan));
        change.setId("change-plan");
        HorizontalLayout planRow = new HorizontalLayout(plan, change);
        planRow.setAlignItems(Alignment.BASELINE);
        VerticalLayout box = new VerticalLayout(planRow);
        box.setPadding(false);
        box.setId("billing-actions");
        if (usage != null) {
            IntegerField minutes = new IntegerField(getTranslation("billing.add-minutes"));
            minutes.setMin(1);
            minutes.setMax(100_000);
            minutes.setId("add-minutes-amount");
            TextField note = new TextField(getTranslation("billing.note"));
            note.setMaxLength(200);
            note.setId("add-minutes-note");
            Button add = new Button(
                    getTranslation("billing.add"),
                    e -> act(
                            () -> subscriptions.addMinutes(
                                    user.customerId(),
                                    minutes.getValue() == null ? 0 : minutes.getValue(),
                                    note.getValue()),
                            minutes));
            add.setId("add-minutes");
            HorizontalLayout minutesRow = new HorizontalLayout(minutes, note, add);
            minutesRow.setAlignItems(Alignment.BASELINE);
            Button cancel = new Button(
                    getTranslation(usage.cancelAtPeriodEnd() ? "billing.withdraw-cancel" : "billing.cancel-at-end"),
                    e -> act(
                            () -> subscriptions.cancelAtPeriodEnd(user.customerId(), !usage.cancelAtPeriodEnd()),
                            plan));
            cancel.setId("cancel-at-period-end");
            box.add(minutesRow, cancel);
        }
        return box;
    }

    private void act(Runnable action, com.vaadin.flow.component.HasValidation field) {
        try {
            action.run();
            Notifications.success(getTranslation("billing.recorded"));
            fillSubscriptions();
        } catch (FieldValidationException e) {
            field.setErrorMessage(getTranslation(e.getMessage()));
            field.setInvalid(true);
        }
    }

    // --- 1-Min Billing ---

    private Component billing() {
        BillingRule rule = subscriptions.billingRule();
        Paragraph text = new Paragraph(getTranslation(
                "billing.rule",
                rule.incrementSeconds(),
                rule.minimumSeconds(),
                getTranslation("billing.rounding." + rule.rounding())));
        text.setId("billing-rule");
        VerticalLayout box = new VerticalLayout(
                text,
                BilledCalls.grid(
                        page -> subscriptions.calls(user.customerId(), page),
                        () -> subscriptions.countCalls(user.customerId())));
        box.setPadding(false);
        box.setId("billing-tab");
        return box;
    }

    // --- UTM ---

    private Component utm() {
        Div block = new Div();
        block.setId("utm-tab");
        block.addClassName("detail-fields");
        appUsers.attribution(user.customerId())
                .ifPresentOrElse(
                        (SignupAttribution.Attribution a) -> block.add(
                                field("utm.source", a.source()),
                                field("utm.medium", a.medium()),
                                field("utm.campaign", a.campaign()),
                                field("utm.term", a.term()),
                                field("utm.content", a.content()),
                                field("utm.referrer", a.referrer()),
                                field("utm.landing-page", a.landingPage())),
                        () -> block.add(new Paragraph(getTranslation("utm.none"))));
        return block;
    }

    private Component field(String key, String value) {
        Div row = new Div(new Span(getTranslation(key)), new Span(value == null || value.isBlank() ? "—" : value));
        row.addClassName("detail-field");
        return row;
    }
}
