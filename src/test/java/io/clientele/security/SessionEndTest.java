package io.clientele.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.clientele.DatabaseTest;
import io.clientele.TestData;
import io.clientele.customer.CustomerDraft;
import io.clientele.customer.CustomerStatus;
import io.clientele.portal.AppUserService;
import io.clientele.portal.PortalTestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The console's real security chain with a browser's session: a login's open sessions end at their next request
 * when the login may no longer use them, and a sign-in POST from another site is refused.
 */
class SessionEndTest extends DatabaseTest {
    @Autowired
    PasswordResets resets;

    @Autowired
    WebApplicationContext context;

    @Autowired
    AppUserService appUsers;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    private MockHttpSession signIn(String email) throws Exception {
        MvcResult r = mvc.perform(post("/login")
                        .param("username", email)
                        .param("password", TestData.PASSWORD)
                        .header("Sec-Fetch-Site", "same-origin"))
                .andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).as("signed in").doesNotContain("error");
        return (MockHttpSession) r.getRequest().getSession();
    }

    /** A page behind sign-in (a picture): answered while signed in, sent to the login page once signed out. */
    private boolean stillSignedIn(MockHttpSession session) throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/avatars/customers/0").session(session))
                .andReturn()
                .getResponse();
        String to = r.getRedirectedUrl();
        return to == null || !to.contains("/login");
    }

    @Test
    void blockingACustomerEndsTheSessionItHasOpen() throws Exception {
        long tenant = data.tenant();
        String email = TestData.uniqueEmail("blocked");
        long customer = PortalTestData.appUser(appUsers, tenant, email, "Bo Blocked");
        MockHttpSession session = signIn(email);
        assertThat(stillSignedIn(session)).isTrue();

        SystemAuthentication.run(tenant, () -> {
            CustomerDraft d = customers.draftOf(customer);
            d.setStatus(CustomerStatus.BLOCKED);
            customers.update(customer, d);
        });

        assertThat(stillSignedIn(session)).as("blocked customer's session").isFalse();
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aPasswordSetByAnAdminEndsTheLoginsSessionsOnEveryNode() throws Exception {
        long tenant = data.tenant();
        String email = TestData.uniqueEmail("reset");
        PortalTestData.appUser(appUsers, tenant, email, "Rita Reset");
        MockHttpSession session = signIn(email);
        // What another node would hold: a session this node's registry never saw, ended only by the version.
        MockHttpSession elsewhere = new MockHttpSession(context.getServletContext());
        session.getAttributeNames()
                .asIterator()
                .forEachRemaining(n -> elsewhere.setAttribute(n, session.getAttribute(n)));
        assertThat(stillSignedIn(elsewhere)).isTrue();

        data.loginAs(data.staff(tenant, Role.ADMIN));
        resets.setPassword(users.findByEmail(email).orElseThrow().getId(), "Chosen-by-the-admin-7");
        TestData.logout();

        assertThat(stillSignedIn(elsewhere)).isFalse();
        assertThat(stillSignedIn(session)).isFalse();
    }

    @Test
    void signOutEverywhereAndALockEndStaffSessionsToo() throws Exception {
        long tenant = data.tenant();
        UserAccount viewer = data.staff(tenant, Role.VIEWER);
        MockHttpSession first = signIn(viewer.getEmail());
        assertThat(stillSignedIn(first)).isTrue();
        data.loginAs(data.staff(tenant, Role.OWNER));
        logins.signOutEverywhere(viewer.getId());
        TestData.logout();
        assertThat(stillSignedIn(first)).isFalse();

        MockHttpSession second = signIn(viewer.getEmail());
        assertThat(stillSignedIn(second)).isTrue();
        for (int i = 0; i < 5; i++) {
            logins.loginFailed(viewer.getEmail());
        }
        assertThat(stillSignedIn(second)).as("locked login").isFalse();
    }

    @Test
    void aSignInPostedFromAnotherSiteIsRefused() throws Exception {
        UserAccount admin = data.staff(data.tenant(), Role.ADMIN);
        for (var header : new String[][] {{"Sec-Fetch-Site", "cross-site"}, {"Origin", "https://evil.example"}}) {
            MockHttpServletResponse r = mvc.perform(post("/login")
                            .param("username", admin.getEmail())
                            .param("password", TestData.PASSWORD)
                            .header(header[0], header[1]))
                    .andReturn()
                    .getResponse();
            assertThat(r.getStatus()).as(header[0]).isEqualTo(403);
        }
        assertThat(users.findByEmail(admin.getEmail()).orElseThrow().getLastLoginAt())
                .as("never signed in")
                .isNull();
        signIn(admin.getEmail());
        assertThat(users.findByEmail(admin.getEmail()).orElseThrow().getLastLoginAt())
                .isNotNull();
    }
}
