package io.clientele;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.VaadinServletRequest;
import io.clientele.base.ui.RowActions;
import io.clientele.customer.CustomerService;
import io.clientele.security.CurrentUser;
import io.clientele.security.LoginAttempts;
import io.clientele.security.UserAccount;
import io.clientele.security.UserAccountService;
import io.clientele.tenant.TenantService;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/** Views without a browser: Karibu's mock Vaadin on the real Spring context and H2. */
@SpringBootTest
@Import(TestClock.Config.class)
public abstract class KaribuTest {
    private static Routes routes;

    @Autowired
    protected TestClock clock;

    @Autowired
    protected ApplicationContext ctx;

    @Autowired
    protected TenantService tenants;

    @Autowired
    protected UserAccountService users;

    @Autowired
    protected LoginAttempts logins;

    @Autowired
    protected CustomerService customers;

    protected TestData data;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("io.clientele");
    }

    @BeforeEach
    void setUpVaadin() {
        data = new TestData(tenants, users, logins, customers);
        newSession();
    }

    /** A fresh Vaadin session with its UI, current on this thread (as a new browser would get). */
    protected void newSession() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, ctx, UI::new));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void tearDownVaadin() {
        clock.reset();
        TestData.logout();
        MockVaadin.tearDown();
    }

    /** Logs in for both Spring Security and Vaadin's view access checks (Karibu has no servlet filter). */
    protected CurrentUser login(UserAccount account) {
        CurrentUser user = data.loginAs(account);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication());
        request.setUserInRole((principal, role) ->
                user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        return user;
    }

    /**
     * Waits until {@code done}, for work a background job reports to the page through push: each poll runs a mock
     * round trip on this thread (the UI's), which delivers what the job queued for the page.
     */
    protected static void untilPushed(java.util.function.BooleanSupplier done) {
        org.awaitility.Awaitility.await()
                .pollInSameThread()
                .atMost(java.time.Duration.ofSeconds(20))
                .pollInterval(java.time.Duration.ofMillis(50))
                .until(() -> {
                    MockVaadin.clientRoundtrip(false);
                    return done.getAsBoolean();
                });
    }

    /** A notification on the page says {@code text}. */
    protected static boolean notified(String text) {
        return com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications().stream()
                .anyMatch(n ->
                        (n.getElement().getProperty("text", "") + n.getElement().getTextRecursively()).contains(text));
    }

    /** Chooses {@code caption} in the row's ⋮ menu (the grid's one context menu, opened at that row). */
    protected static <T> void rowAction(Grid<T> grid, int row, String caption) {
        ContextMenuKt._clickItemWithCaption(RowActions.menuOf(grid), caption, GridKt._get(grid, row));
    }
}
