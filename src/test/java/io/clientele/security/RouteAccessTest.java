package io.clientele.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import io.clientele.KaribuTest;
import io.clientele.TestData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Walks every route of the console as nobody, as each staff role and as a portal login, and compares who gets the
 * view with the role table of docs/architecture.md written out below. Detail routes use an id no tenant has: access
 * is decided before the record is looked up.
 */
class RouteAccessTest extends KaribuTest {
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    /** Route, its view, and who may open it: everyone, a least staff role, any login, or portal logins only. */
    private static final String TABLE = """
            login                       LoginView               everyone
            reset-password              ResetPasswordView       everyone
            forgot-password             ForgotPasswordView      everyone
            accept-invitation           AcceptInvitationView    everyone
            two-factor                  TwoFactorView           VIEWER
            passkeys                    PasskeysView            login
            -                           StartView               login
            customers                   CustomerListView        VIEWER
            customers/987654321         CustomerPage            VIEWER
            users/companies             UsersView               VIEWER
            users/companies/987654321   CompanyPage             VIEWER
            users/contacts/987654321    ContactPage             VIEWER
            organizations               OrganizationListView    ADMIN
            customer-accounts           CustomerAccountListView ADMIN
            customer-accounts/987654321 CustomerAccountView     ADMIN
            trash                       TrashView               ADMIN
            duplicates                  DuplicatesView          ADMIN
            import                      ImportView              ADMIN
            import-history              ImportHistoryView       ADMIN
            settings/teams              TeamsView               VIEWER
            settings/groups             GroupsView              VIEWER
            settings/consent-fields     ConsentFieldsView       VIEWER
            settings/price-sheets       PriceSheetsView         ADMIN
            settings/plans              PlansView               ADMIN
            settings/staff              StaffView               ADMIN
            settings/tenants            TenantsView             SYSTEM_ADMIN
            settings/roles              RolesView               ADMIN
            settings/single-sign-on     SingleSignOnView        OWNER
            settings/booking-services   BookableServicesView    VIEWER
            settings/audit-log          AuditLogView            ADMIN
            settings/api-keys           ApiKeysView             ADMIN
            settings/webhooks           WebhooksView            ADMIN
            app-users                   AppUsersView            VIEWER
            branding                    BrandingView            OWNER
            portal                      PortalView              portal
            portal/profile              PortalProfileView       portal
            portal/confirm-email        PortalConfirmEmailView  portal
            portal/subscriptions        PortalSubscriptionsView customer
            portal/calls                PortalCallsView         customer
            portal/bookings             PortalBookingsView      customer
            portal/api-keys             PortalApiKeysView       customer-admin
            portal/signup/{tenant}      SignupView              everyone
            portal/verify               VerifyEmailView         everyone
            portal/nowhere              PortalNotFoundView      portal
            """;

    private record Row(String route, String view, String who) {
        boolean allows(Role role) {
            return switch (who) {
                case "everyone" -> true;
                case "login" -> role != null;
                case "portal" -> role != null && !role.isStaff();
                case "customer" -> role == Role.CUSTOMER || role == Role.CUSTOMER_ADMIN;
                case "customer-admin" -> role == Role.CUSTOMER_ADMIN;
                default -> role != null && role.isStaff() && !Role.valueOf(who).outranks(role);
            };
        }
    }

    private static List<Row> table() {
        return TABLE.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .map(l -> l.split("\\s+"))
                .map(c -> new Row(c[0].equals("-") ? "" : c[0], c[1], c[2]))
                .toList();
    }

    @Test
    void everyRouteIsInTheTable() {
        Set<String> routed = new TreeSet<>();
        new Routes()
                .autoDiscoverViews("io.clientele").getRoutes().stream()
                        .filter(c -> c.isAnnotationPresent(com.vaadin.flow.router.Route.class))
                        .forEach(c -> routed.add(c.getSimpleName()));
        assertThat(table().stream().map(Row::view).toList()).containsExactlyInAnyOrderElementsOf(routed);
    }

    @Test
    void everyRoleGetsExactlyTheViewsTheTableAllows() {
        long tenant = data.tenant();
        List<Role> roles = new ArrayList<>(Arrays.asList(Role.values()));
        roles.addFirst(null);
        List<String> wrong = new ArrayList<>();
        for (Role role : roles) {
            TestData.logout();
            if (role == Role.SYSTEM_ADMIN) {
                // A platform operator belongs to no tenant and enters one.
                login(SystemAuthentication.platform(() -> users.create(
                        null, TestData.uniqueEmail("operator"), "Plat", "Form", TestData.PASSWORD, role, null)));
                tenants.switchTo(tenant);
            } else if (role != null && role.isStaff()) {
                login(data.staff(tenant, role));
            } else if (role != null) {
                // A portal login with its customer record, as sign-up and Create User make them.
                UserAccount login = SystemAuthentication.platform(() -> users.create(
                        tenant, TestData.uniqueEmail("route"), "Portal", "User", TestData.PASSWORD, null, role));
                jdbc.update(
                        "UPDATE customer SET user_account_id = ? WHERE id = ?",
                        login.getId(),
                        data.customer(
                                tenant, "Portal", "User", null, null, io.clientele.customer.CustomerStatus.ACTIVE));
                login(login);
            }
            for (Row row : table()) {
                String refusal = refusal(
                        new Row(row.route().replace("{tenant}", String.valueOf(tenant)), row.view(), row.who()));
                if ((refusal == null) != row.allows(role)) {
                    wrong.add((role == null ? "nobody" : role) + (refusal == null ? " opened " : " was refused ") + "/"
                            + row.route() + (refusal == null ? "" : " (" + refusal + ")"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * Navigates; null when the route's own view (for the start route: any view past login) is shown. A refused
     * staff member sees "No access"; Karibu throws for some refusals of its own (MockAccessDeniedException).
     */
    private static String refusal(Row row) {
        try {
            UI.getCurrent().navigate(row.route());
        } catch (Throwable refused) {
            return refused.getClass().getSimpleName() + ": " + refused.getMessage();
        }
        List<?> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        String shown = chain.isEmpty()
                ? ""
                : org.springframework.util.ClassUtils.getUserClass(chain.getFirst())
                        .getSimpleName();
        boolean opened =
                row.route().isEmpty() ? !shown.equals("LoginView") && !shown.isEmpty() : shown.equals(row.view());
        return opened ? null : "showed " + shown;
    }
}
