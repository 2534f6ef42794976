package io.clientele.portal.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.clientele.KaribuTest;
import io.clientele.TestData;
import io.clientele.impersonation.ImpersonationService;
import io.clientele.impersonation.SupportSession;
import io.clientele.impersonation.SupportSwitch;
import io.clientele.portal.AppUserService;
import io.clientele.portal.PortalTestData;
import io.clientele.security.Role;
import io.clientele.security.SystemAuthentication;
import io.clientele.subscription.CallRecord;
import io.clientele.subscription.SubscriptionService;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The portal as its customer sees it, and as support sees it: banner, read-only refusals, End. */
class PortalViewsTest extends KaribuTest {
    @Autowired
    AppUserService appUsers;

    @Autowired
    SubscriptionService subscriptions;

    @Autowired
    ImpersonationService impersonation;

    @Autowired
    SupportSwitch support;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    io.clientele.integration.ApiKeyService keys;

    @Test
    void aCustomerWithoutSubscriptionPicksAPlanThenSeesUsageAndBilledCalls() {
        long tenant = data.tenant();
        String email = TestData.uniqueEmail("portal");
        long customer = PortalTestData.appUser(appUsers, tenant, email, "Kari Portal");
        io.clientele.portal.PortalTestData.plan(jdbc, tenant, "Starter", 100, 9900);
        login(users.findByEmail(email).orElseThrow());
        UI.getCurrent().navigate("portal/subscriptions");
        assertThat(_get(Span.class, spec -> spec.withId("portal-brand")).getText())
                .isEqualTo(tenants.find(tenant).orElseThrow().getName());
        _assertNone(Div.class, spec -> spec.withId("support-banner"));
        Div cards = _get(Div.class, spec -> spec.withId("plan-cards"));
        assertThat(cards.getElement().getTextRecursively()).contains("Starter").contains("100 minutes included");
        _get(cards, Button.class, spec -> spec.withText("Choose")).click();
        // A paid plan asks first, with its price and period; Cancel buys nothing.
        var ask = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        assertThat(ask.getElement().getProperty("header")).isEqualTo("Subscribe to Starter?");
        assertThat(ask.getElement().getProperty("message"))
                .contains("99")
                .contains("per month")
                .contains("100 minutes each month");
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel(ask);
        _assertNone(Span.class, spec -> spec.withId("usage-numbers"));
        _get(cards, Button.class, spec -> spec.withText("Choose")).click();
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));
        assertThat(_get(Span.class, spec -> spec.withId("usage-numbers")).getText())
                .isEqualTo("100 minutes available · 0 min used · 100 min remaining");

        SystemAuthentication.run(
                tenant,
                () -> subscriptions.recordCalls(List.of(new CallRecord(customer, Instant.now(), "+47 91234567", 0))));
        UI.getCurrent().navigate("portal/calls");
        @SuppressWarnings("unchecked")
        Grid<SubscriptionService.BilledCall> calls = _get(Grid.class, spec -> spec.withId("call-grid"));
        assertThat(_size(calls)).isEqualTo(1);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(calls, 0)
                        .get(4))
                .isEqualTo("0 s not billed: the call was not connected");
    }

    @Test
    void aBusinessCustomersAdminMakesAndRevokesItsOwnKeysInThePortalButNotDuringReadOnlySupport() {
        long tenant = data.tenant();
        String email = TestData.uniqueEmail("bizadmin");
        var login = SystemAuthentication.platform(
                () -> users.create(tenant, email, "Bente", "Bedrift", TestData.PASSWORD, null, Role.CUSTOMER_ADMIN));
        java.util.concurrent.atomic.AtomicLong business = new java.util.concurrent.atomic.AtomicLong();
        SystemAuthentication.run(tenant, () -> {
            var d = new io.clientele.customer.CustomerDraft();
            d.setType(io.clientele.customer.CustomerType.BUSINESS);
            d.setCompanyName("Bedrift AS");
            d.setEmail(email);
            d.setStatus(io.clientele.customer.CustomerStatus.ACTIVE);
            business.set(customers.create(d));
        });
        jdbc.update("UPDATE customer SET user_account_id = ? WHERE id = ?", login.getId(), business.get());
        login(login);
        UI.getCurrent().navigate("portal/api-keys");
        _get(Button.class, spec -> spec.withId("new-api-key")).click();
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("api-key-name"))
                .setValue("Shop");
        _get(Button.class, spec -> spec.withId("create-api-key")).click();
        assertThat(jdbc.queryForObject(
                        "SELECT customer_id FROM api_key WHERE name = 'Shop' AND tenant_id = ?", Long.class, tenant))
                .isEqualTo(business.get());
        assertThat(jdbc.queryForObject(
                        "SELECT scopes FROM api_key WHERE name = 'Shop' AND tenant_id = ?", String.class, tenant))
                .doesNotContain("customers:");

        TestData.logout();
        var agent = data.staff(tenant, Role.ADMIN);
        login(agent);
        String token = impersonation.request(business.get(), "Key questions", null, 15, SupportSession.Mode.READ_ONLY);
        io.clientele.impersonation.SupportSessions.enter(support, token);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> keys.createMine(
                        "Sneaky",
                        java.util.Set.of(io.clientele.integration.ApiScope.PROFILE_READ),
                        null,
                        java.time.ZoneOffset.UTC))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(keys.countMine()).as("support sees the customer's keys").isEqualTo(1);
    }

    @Test
    void theSignUpLinkKeepsItsAttributionAndExplainsBadInput() {
        long tenant = data.tenant();
        UI.getCurrent()
                .navigate(
                        "portal/signup/" + tenant, com.vaadin.flow.router.QueryParameters.of("utm_source", "partner"));
        SignupView view = _get(SignupView.class);
        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withId("signup-title"))
                        .getText())
                .isEqualTo("Create your " + tenants.find(tenant).orElseThrow().getName() + " account");
        view.fields.email.setValue("not-an-address");
        _get(Button.class, spec -> spec.withId("signup-submit")).click();
        assertThat(view.fields.email.isInvalid()).isTrue();
        String email = TestData.uniqueEmail("selfserve");
        view.fields.email.setValue(email);
        view.fields.password.setValue("password");
        _get(Button.class, spec -> spec.withId("signup-submit")).click();
        assertThat(view.fields.password.getErrorMessage()).isNotBlank();
        assertThat(users.findByEmail(email)).isEmpty();
        view.fields.password.setValue(TestData.PASSWORD);
        view.fields.fullName.setValue("Self Serve");
        _get(Button.class, spec -> spec.withId("signup-submit")).click();
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("signup-done"))
                        .getText())
                .contains(email);
        assertThat(jdbc.queryForMap(
                        "SELECT a.utm_source, a.landing_page FROM signup_attribution a JOIN customer c "
                                + "ON c.id = a.customer_id WHERE c.email = ?",
                        email))
                .containsEntry("UTM_SOURCE", "partner")
                .containsEntry("LANDING_PAGE", "/portal/signup/" + tenant + "?utm_source=partner");
    }

    @Test
    void supportSeesTheBannerIsRefusedWritesAndTheCustomerLaterSeesTheNotice() {
        long tenant = data.tenant();
        String email = TestData.uniqueEmail("watched");
        long customer = PortalTestData.appUser(appUsers, tenant, email, "Watched Customer");
        var agent = data.staff(tenant, Role.SUPPORT);
        login(agent);
        String token = impersonation.request(customer, "Profile questions", null, 15, SupportSession.Mode.READ_ONLY);
        io.clientele.impersonation.SupportSessions.enter(support, token);
        var request = (com.github.mvysny.fakeservlet.FakeRequest)
                com.vaadin.flow.server.VaadinServletRequest.getCurrent().getRequest();
        request.setUserInRole((principal, role) -> io.clientele.security.CurrentUser.require().getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));

        UI.getCurrent().navigate("portal/profile");
        Div banner = _get(Div.class, spec -> spec.withId("support-banner"));
        assertThat(banner.getElement().getTextRecursively())
                .contains("Viewing as Watched Customer")
                .contains("support session by " + agent.displayName())
                .contains("Read-only");
        _assertNone(Button.class, spec -> spec.withId("portal-logout"));
        PortalProfileView profile = _get(PortalProfileView.class);
        profile.firstName.setValue("Changed");
        // Writing controls are off and say why; the service refuses the change all the same.
        Button save = _get(Button.class, spec -> spec.withId("portal-save-profile"));
        assertThat(save.isEnabled()).isFalse();
        assertThat(save.getTooltip().getText()).isEqualTo("Read-only support session");
        assertThat(_get(Button.class, spec -> spec.withId("portal-change-password"))
                        .isEnabled())
                .isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> users.changeOwnLanguage("nb"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        SystemAuthentication.run(
                tenant,
                () -> assertThat(customers.details(customer).orElseThrow().firstName())
                        .isEqualTo("Watched"));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE entity_id = ? AND action = "
                                + "'SUPPORT_PAGE_VIEWED' AND on_behalf_of = ?",
                        Long.class,
                        customer,
                        email))
                .isEqualTo(1);

        _get(Button.class, spec -> spec.withId("support-end")).click();
        assertThat(io.clientele.security.CurrentUser.require().userId()).isEqualTo(agent.getId());
        assertThat(jdbc.queryForObject(
                        "SELECT end_reason FROM support_session WHERE customer_id = ?", String.class, customer))
                .isEqualTo("ENDED");

        TestData.logout();
        newSession();
        login(users.findByEmail(email).orElseThrow());
        UI.getCurrent().navigate("portal");
        assertThat(_get(Div.class, spec -> spec.withId("support-notices"))
                        .getElement()
                        .getTextRecursively())
                .contains("Support accessed your account on")
                .contains("for: Profile questions");
    }
}
