package io.clientele.impersonation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.clientele.DatabaseTest;
import io.clientele.TestData;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.FieldValidationException;
import io.clientele.customer.CustomerDetails;
import io.clientele.customer.CustomerStatus;
import io.clientele.portal.AppUserService;
import io.clientele.portal.PortalTestData;
import io.clientele.security.CurrentUser;
import io.clientele.security.Role;
import io.clientele.security.SystemAuthentication;
import io.clientele.security.UserAccount;
import io.clientele.subscription.SubscriptionService;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * Who may open whose portal, how, for how long; that a read-only session changes nothing through any portal write;
 * that everything is audited with both identities; and that the customer is told.
 */
class ImpersonationServiceTest extends DatabaseTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ImpersonationService impersonation;

    @Autowired
    SupportSwitch support;

    @Autowired
    AppUserService appUsers;

    @Autowired
    SubscriptionService subscriptions;

    @Autowired
    io.clientele.security.UserAccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    private long tenant;
    private long customer;
    private String email;
    private long plan;

    @Autowired
    org.springframework.web.context.WebApplicationContext web;

    @BeforeEach
    void appUser() {
        tenant = data.tenant();
        email = TestData.uniqueEmail("sara");
        customer = PortalTestData.appUser(appUsers, tenant, email, "Sara Ruiz");
        plan = PortalTestData.plan(jdbc, tenant, "Starter", 100, 9900);
    }

    @Test
    void supportOpensReadOnlyOnlyAdminsFullAccessAndNeverStaffBlockedDeletedOrAnotherTenant() {
        data.loginAs(data.staff(tenant, Role.SUPPORT));
        assertThat(impersonation.request(
                        customer, "Cannot find subscriptions", "SUP-1", 15, SupportSession.Mode.READ_ONLY))
                .hasSizeGreaterThan(40);
        assertThatThrownBy(() -> impersonation.request(customer, "x", null, 15, SupportSession.Mode.FULL_ACCESS))
                .isInstanceOf(AccessDeniedException.class);
        // BACKOFFICE ranks below ADMIN (docs/architecture.md's role table): read-only, never full access.
        data.loginAs(data.staff(tenant, Role.BACKOFFICE));
        assertThat(impersonation.request(customer, "Check a booking", null, 15, SupportSession.Mode.READ_ONLY))
                .isNotBlank();
        assertThatThrownBy(() -> impersonation.request(customer, "x", null, 15, SupportSession.Mode.FULL_ACCESS))
                .isInstanceOf(AccessDeniedException.class);
        data.loginAs(data.staff(tenant, Role.VIEWER));
        assertThatThrownBy(() -> impersonation.request(customer, "x", null, 15, SupportSession.Mode.READ_ONLY))
                .isInstanceOf(AccessDeniedException.class);

        data.loginAs(data.staff(tenant, Role.ADMIN));
        assertThat(impersonation.request(customer, "Fix the profile", null, 60, SupportSession.Mode.FULL_ACCESS))
                .isNotBlank();
        assertField(() -> impersonation.request(customer, "  ", null, 15, SupportSession.Mode.READ_ONLY), "reason");
        assertField(() -> impersonation.request(customer, "why", null, 61, SupportSession.Mode.READ_ONLY), "minutes");
        assertField(() -> impersonation.request(customer, "why", null, 0, SupportSession.Mode.READ_ONLY), "minutes");
        assertField(
                () -> impersonation.request(customer, "why", "T".repeat(101), 15, SupportSession.Mode.READ_ONLY),
                "ticket");

        long staffCustomer = data.customer(
                tenant, "Staff", "Member", TestData.uniqueEmail("staffcust"), null, CustomerStatus.ACTIVE);
        UserAccount staffLogin = data.staff(tenant, Role.VIEWER);
        jdbc.update("UPDATE customer SET user_account_id = ? WHERE id = ?", staffLogin.getId(), staffCustomer);
        assertRefused(staffCustomer, "support.refused.staff");
        long blocked = PortalTestData.appUser(appUsers, tenant, TestData.uniqueEmail("blocked"), "Blocked One");
        jdbc.update("UPDATE customer SET status = 'BLOCKED' WHERE id = ?", blocked);
        assertRefused(blocked, "support.refused.blocked");
        long deleted = PortalTestData.appUser(appUsers, tenant, TestData.uniqueEmail("gone"), "Gone One");
        jdbc.update("UPDATE customer SET deleted_at = CURRENT_TIMESTAMP WHERE id = ?", deleted);
        assertRefused(deleted, "support.refused.deleted");
        long noLogin = data.customer(tenant, "No", "Login", null, null, CustomerStatus.ACTIVE);
        assertRefused(noLogin, "support.refused.no-login");

        long other = data.tenant();
        long foreign = PortalTestData.appUser(appUsers, other, TestData.uniqueEmail("foreign"), "Other Tenant");
        assertThatThrownBy(() -> impersonation.request(foreign, "x", null, 15, SupportSession.Mode.READ_ONLY))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theLinkWorksOnceOnlyForWhoAskedAndOnlyForTwoMinutes() {
        UserAccount agent = data.staff(tenant, Role.SUPPORT);
        data.loginAs(agent);
        String token = impersonation.request(customer, "Check usage", null, 15, SupportSession.Mode.READ_ONLY);
        data.loginAs(data.staff(tenant, Role.SUPPORT));
        assertThatThrownBy(() -> impersonation.enter(token))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessage("support.link-invalid");
        data.loginAs(agent);
        String late = impersonation.request(customer, "Late", null, 15, SupportSession.Mode.READ_ONLY);
        jdbc.update(
                "UPDATE support_session SET created_at = ? WHERE reason = 'Late' AND tenant_id = ?",
                Timestamp.from(Instant.now().minusSeconds(121)),
                tenant);
        assertThatThrownBy(() -> impersonation.enter(late)).hasMessage("support.link-invalid");
        assertThat(impersonation.enter(token).loginEmail()).isEqualTo(email);
        assertThatThrownBy(() -> impersonation.enter(token)).hasMessage("support.link-invalid");
    }

    @Test
    void aReadOnlySessionIsRefusedEveryPortalWriteAndEndsBackAsTheStaffMember() {
        UserAccount agent = data.staff(tenant, Role.SUPPORT);
        MockHttpSession session = enter(agent, SupportSession.Mode.READ_ONLY, 15);
        CurrentUser me = CurrentUser.require();
        assertThat(me.support()).isPresent();
        assertThat(me.customerScope()).contains(customer);
        // Reading works: the portal shows what the customer sees.
        CustomerDetails own = customers.own();
        assertThat(own.row().email()).isEqualTo(email);
        assertThat(subscriptions.plansForMe()).extracting(p -> p.getId()).contains(plan);

        List<Runnable> writes = List.of(
                () -> customers.updateOwn("Changed", null, null, null, own.version()),
                () -> subscriptions.subscribe(plan),
                () -> subscriptions.cancelOwnAtPeriodEnd(true),
                () -> accounts.changeOwnLanguage("nb"),
                () -> accounts.changeOwnPassword(TestData.PASSWORD, "Another-long-password-42"));
        for (Runnable write : writes) {
            assertThatThrownBy(write::run).isInstanceOf(AccessDeniedException.class);
        }
        SystemAuthentication.run(tenant, () -> {
            assertThat(customers.details(customer).orElseThrow().firstName()).isEqualTo("Sara");
            assertThat(subscriptions.usage(customer, java.time.ZoneOffset.UTC)).isEmpty();
        });

        Long back = support.leave(SupportSession.EndReason.ENDED, session).orElseThrow();
        assertThat(back).isEqualTo(customer);
        assertThat(SupportTabs.tab(session)).isEmpty();
        assertThat(CurrentUser.require().userId()).isEqualTo(agent.getId());
        assertThat(CurrentUser.require().support()).isEmpty();

        List<Map<String, Object>> trail = jdbc.queryForList(
                "SELECT action, actor_email, on_behalf_of, summary FROM "
                        + "audit_event WHERE tenant_id = ? AND entity_id = ? AND action LIKE 'SUPPORT_%' ORDER BY id",
                tenant, customer);
        assertThat(trail)
                .extracting(r -> r.get("ACTION"))
                .containsExactly("SUPPORT_SESSION_REQUESTED", "SUPPORT_SESSION_STARTED", "SUPPORT_SESSION_ENDED");
        assertThat(trail).allSatisfy(r -> assertThat(r.get("ACTOR_EMAIL")).isEqualTo(agent.getEmail()));
        assertThat((String) trail.get(1).get("SUMMARY"))
                .contains("Checking usage")
                .contains("SUP-7");
        assertThat(trail.get(2).get("ON_BEHALF_OF")).isEqualTo(email);
    }

    @Test
    void fullAccessChangesAreAuditedAsTheStaffMemberOnBehalfOfTheCustomerWhoIsToldByMail() throws Exception {
        UserAccount admin = data.staff(tenant, Role.ADMIN);
        MockHttpSession session = enter(admin, SupportSession.Mode.FULL_ACCESS, 15);
        customers.updateOwn("Sarah", null, null, null, customers.own().version());
        subscriptions.subscribe(plan);
        assertThatThrownBy(() -> accounts.changeOwnPassword(TestData.PASSWORD, "Another-long-password-42"))
                .as("support never chooses a customer's password")
                .isInstanceOf(AccessDeniedException.class);

        Map<String, Object> change = jdbc.queryForMap(
                "SELECT actor_id, actor_email, on_behalf_of FROM audit_event "
                        + "WHERE tenant_id = ? AND entity_id = ? AND action = 'CUSTOMER_UPDATED' ORDER BY id DESC FETCH FIRST 1 ROWS ONLY",
                tenant,
                customer);
        assertThat(change.get("ACTOR_EMAIL")).isEqualTo(admin.getEmail());
        assertThat(((Number) change.get("ACTOR_ID")).longValue()).isEqualTo(admin.getId());
        assertThat(change.get("ON_BEHALF_OF")).isEqualTo(email);
        Map<String, Object> billed =
                jdbc.queryForMap("SELECT actor, on_behalf_of FROM billing_event WHERE customer_id = ?", customer);
        assertThat(billed.get("ACTOR")).isEqualTo(admin.getEmail());
        assertThat(billed.get("ON_BEHALF_OF")).isEqualTo(email);

        assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
        var received = mail.getReceivedMessagesForDomain(email.substring(email.indexOf('@') + 1));
        assertThat(received).hasSize(1);
        assertThat(GreenMailUtil.getBody(received[0])).contains("Checking usage");

        support.leave(SupportSession.EndReason.ENDED, session);
        data.loginAs(PortalTestData.login(accounts, email));
        assertThat(impersonation.notices(5)).singleElement().satisfies(n -> {
            assertThat(n.reason()).isEqualTo("Checking usage");
            assertThat(n.staffName()).isEqualTo(admin.displayName());
        });
    }

    @Test
    void anExpiredSessionHoldsNoAuthorityAndIsClosedWithItsEndEvent() {
        enter(data.staff(tenant, Role.SUPPORT), SupportSession.Mode.READ_ONLY, 1);
        jdbc.update(
                "UPDATE support_session SET expires_at = ? WHERE customer_id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)),
                customer);
        CurrentUser me = CurrentUser.require();
        // The principal carries its own expiry: move it to the past the same way.
        var expired = new CurrentUser.Support(
                me.support().get().sessionId(),
                me.support().get().staffUserId(),
                me.support().get().staffEmail(),
                me.support().get().staffName(),
                true,
                Instant.now().minusSeconds(1));
        var auth = (SupportAuthentication) SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(new SupportAuthentication(
                        logins.loadUserByUsername(email).supportedBy(expired), auth.staff()));
        assertThat(SecurityContextHolder.getContext().getAuthentication().isAuthenticated())
                .isFalse();
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .isEmpty();
        assertThatThrownBy(customers::own).isInstanceOf(AccessDeniedException.class);

        TestData.logout();
        impersonation.closeExpired();
        assertThat(jdbc.queryForObject(
                        "SELECT end_reason FROM support_session WHERE customer_id = ?", String.class, customer))
                .isEqualTo("EXPIRED");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE entity_id = ? AND action = "
                                + "'SUPPORT_SESSION_ENDED'",
                        Long.class,
                        customer))
                .isEqualTo(1);
    }

    /**
     * A support session whose time ran out while its portal tab stayed open: the tab's next page load gives it back to
     * the staff member (the customer's page) before authorization judges it, instead of a bare 403.
     */
    @Test
    void anExpiredSupportSessionGivesItsTabBackBeforeAnyPageIsJudged() throws Exception {
        MockHttpSession session = enter(data.staff(tenant, Role.SUPPORT), SupportSession.Mode.READ_ONLY, 15);
        SupportAuthentication running =
                (SupportAuthentication) SecurityContextHolder.getContext().getAuthentication();
        CurrentUser.Support s = running.customer().support().orElseThrow();
        CurrentUser customerLogin = logins.loadUserByUsername(email);
        customerLogin.eraseCredentials();
        customerLogin.supportedBy(new CurrentUser.Support(
                s.sessionId(),
                s.staffUserId(),
                s.staffEmail(),
                s.staffName(),
                s.readOnly(),
                Instant.now().minusSeconds(1)));
        SupportTabs.open(session, new SupportAuthentication(customerLogin, running.staff()));
        TestData.logout();
        MockMvc mvc =
                MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();

        MockHttpServletResponse page =
                mvc.perform(get("/portal/profile").session(session)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(302);
        assertThat(page.getRedirectedUrl()).endsWith("/customers/" + customer);
        assertThat(jdbc.queryForObject(
                        "SELECT end_reason FROM support_session WHERE id = ?", String.class, s.sessionId()))
                .isEqualTo("EXPIRED");
        assertThat(SupportTabs.tab(session))
                .as("the tab is the staff member's again")
                .isEmpty();
        MockHttpServletResponse next = mvc.perform(get("/avatars/customers/0").session(session))
                .andReturn()
                .getResponse();
        assertThat(next.getRedirectedUrl())
                .as("the staff member is still signed in")
                .isNull();
        assertThat(next.getStatus()).isNotEqualTo(403);
    }

    /**
     * The browser session stays the staff member's: only portal pages and the UIs made on them act as the customer,
     * so a console tab keeps working during a support session.
     */
    @Test
    void onlyThePortalTabActsAsTheCustomerAndTheConsoleStaysTheStaffMembers() {
        UserAccount agent = data.staff(tenant, Role.SUPPORT);
        MockHttpSession session = enter(agent, SupportSession.Mode.READ_ONLY, 15);
        assertThat(CurrentUser.require().customerScope())
                .as("the new tab's request")
                .contains(customer);
        SupportTabs.tab(session).orElseThrow().adopt(3);

        assertThat(actingAs(session, "GET", "/customers", Map.of())).isEqualTo(agent.getEmail());
        assertThat(actingAs(session, "GET", "/customers/" + customer, Map.of())).isEqualTo(agent.getEmail());
        assertThat(actingAs(session, "GET", "/portal", Map.of())).isEqualTo(email);
        assertThat(actingAs(session, "GET", "/portal/profile", Map.of())).isEqualTo(email);
        assertThat(actingAs(session, "POST", "/", Map.of("v-r", "uidl", "v-uiId", "3")))
                .isEqualTo(email);
        assertThat(actingAs(session, "POST", "/", Map.of("v-r", "uidl", "v-uiId", "2")))
                .isEqualTo(agent.getEmail());
        assertThat(actingAs(session, "GET", "/VAADIN/dynamic/resource/3/abc/export.csv", Map.of()))
                .isEqualTo(email);
        assertThat(actingAs(session, "GET", "/VAADIN/dynamic/resource/2/abc/export.csv", Map.of()))
                .isEqualTo(agent.getEmail());
        // The customer's identity never lands in the session's own login.
        var customerContext = SecurityContextHolder.createEmptyContext();
        customerContext.setAuthentication(SupportTabs.tab(session).orElseThrow().authentication());
        MockHttpServletRequest request = request(session, "GET", "/portal", Map.of());
        tabs.saveContext(customerContext, request, new MockHttpServletResponse());
        assertThat(actingAs(session, "GET", "/customers", Map.of())).isEqualTo(agent.getEmail());

        // Opening another customer's app ends the one whose tab was left open.
        long other = PortalTestData.appUser(appUsers, tenant, TestData.uniqueEmail("other"), "Other Customer");
        data.loginAs(agent);
        String token = impersonation.request(other, "Second question", null, 15, SupportSession.Mode.READ_ONLY);
        support.enter(token, session);
        assertThat(jdbc.queryForObject(
                        "SELECT end_reason FROM support_session WHERE customer_id = ?", String.class, customer))
                .isEqualTo("ENDED");
        assertThat(actingAs(session, "POST", "/", Map.of("v-r", "uidl", "v-uiId", "3")))
                .as("the old tab's UI is not the new session's")
                .isEqualTo(agent.getEmail());
    }

    @Autowired
    SupportTabs tabs;

    private String actingAs(MockHttpSession session, String method, String path, Map<String, String> params) {
        return tabs.loadDeferredContext(request(session, method, path, params))
                .get()
                .getAuthentication()
                .getName();
    }

    private static MockHttpServletRequest request(
            MockHttpSession session, String method, String path, Map<String, String> params) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setSession(session);
        request.setParameters(params);
        return request;
    }

    /** Asks as {@code staff}, then enters through the same path as the new tab; returns the browser session. */
    private MockHttpSession enter(UserAccount staff, SupportSession.Mode mode, int minutes) {
        data.loginAs(staff);
        var staffContext = SecurityContextHolder.getContext();
        String token = impersonation.request(customer, "Checking usage", "SUP-7", minutes, mode);
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, staffContext);
        support.enter(token, session);
        return session;
    }

    private void assertRefused(long target, String key) {
        assertThat(impersonation.refusal(target)).isEqualTo(key);
        assertThatThrownBy(() -> impersonation.request(target, "x", null, 15, SupportSession.Mode.READ_ONLY))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessage(key);
    }

    private static void assertField(Runnable call, String field) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        FieldValidationException.class,
                        e -> assertThat(e.field()).isEqualTo(field));
    }
}
