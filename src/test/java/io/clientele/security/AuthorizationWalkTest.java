package io.clientele.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.DatabaseTest;
import io.clientele.security.RoleRules.Endpoint;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Walks every public method of every service and compares the least role it demands with the role table of
 * docs/architecture.md, written out below; then calls each method as the role just under it (a portal login under
 * VIEWER, and nobody at all) and expects a refusal before the method runs.
 */
class AuthorizationWalkTest extends DatabaseTest {
    /**
     * docs/architecture.md's roles applied to the services: "service *" is the service's rule, "service method" an
     * exception.
     * VIEWER reads lists and details (the Companies tab lists organizations); SUPPORT resets passwords and sends
     * messages; ADMIN manages customers, organizations, accounts, exports, bulk actions, groups and consent fields;
     * BACKOFFICE adds B2C customers and bookings; OWNER manages staff, roles and teams (they decide who sees whom);
     * SYSTEM_ADMIN manages tenants; CUSTOMER is a customer acting on its own data (a business customer's API key, which
     * also names the customer: a portal login holds the role but no customer scope). "-": no rule, because login, password reset by link, first start and demo data
     * run before anyone is logged in, and the trail is written by services after their own check.
     */
    private static final String TABLE = """
            AddressService *                      VIEWER
            ApiKeyService *                       ADMIN
            ApiKeyService listMine                CUSTOMER_ADMIN
            ApiKeyService countMine               CUSTOMER_ADMIN
            ApiKeyService createMine              CUSTOMER_ADMIN+WRITE
            ApiKeyService revokeMine              CUSTOMER_ADMIN+WRITE
            AppUserService *                      VIEWER
            AppUserService create                 ADMIN
            AppUserService edit                   ADMIN
            AddressService draftOf                ADMIN
            AddressService saveAddress            ADMIN
            AddressService removeAddress          ADMIN
            AddressService problems               ADMIN
            AuditExport *                         ADMIN
            AuditService *                        ADMIN
            AuditService history                  VIEWER
            AuditService record                   -
            AuditService recordExport             -
            AuditService recordSecurity           -
            BookingService *                      BACKOFFICE
            BookingService ownBookings            CUSTOMER
            BookingService countOwnBookings       CUSTOMER
            BookingService ownPayments            CUSTOMER
            BookingService countOwnPayments       CUSTOMER
            CompanyDirectory *                    VIEWER
            ImportHistory *                       ADMIN
            ImportMappings *                      ADMIN
            ImportPreview *                       ADMIN
            ImportRun *                           ADMIN
            CompanyDirectory deleteCompanies      ADMIN
            CompanyDirectory restoreCompanies     ADMIN
            ConsentService *                      VIEWER
            ConsentService create                 ADMIN
            ConsentService delete                 ADMIN
            ConsentService rename                 ADMIN
            ConsentService record                 ADMIN
            ConsentService clear                  ADMIN
            ContactService *                      VIEWER
            ContactService createContact          ADMIN
            ContactService updateContact          ADMIN
            ContactService deleteContacts         ADMIN
            ContactService restoreContacts        ADMIN
            ContactService withEmail              ADMIN
            ContactService sameName               ADMIN
            ContactService problems               ADMIN
            CustomerAccountExport *               ADMIN
            CustomerAccountService *              ADMIN
            SharedBilling *                       ADMIN
            CustomerBulkService *                 ADMIN
            CustomerBulkService count             VIEWER
            CustomerBulkService sendMessage       SUPPORT
            CustomerExport *                      ADMIN
            CustomerMessaging *                   SUPPORT
            CustomerMessaging sentTo              VIEWER
            CustomerMessaging countSentTo         VIEWER
            CustomerService *                     VIEWER
            CustomerService create                ADMIN
            CustomerService update                ADMIN
            CustomerService problems              ADMIN
            CustomerService checkNew              ADMIN
            CustomerService withEmail             ADMIN
            CustomerService assignTeams           ADMIN
            CustomerService storeAvatar           ADMIN
            CustomerService softDeleteIndividuals BACKOFFICE
            CustomerService restoreIndividuals    BACKOFFICE
            CustomerService own                   CUSTOMER
            CustomerService updateOwn             CUSTOMER+WRITE
            DuplicateService *                    ADMIN
            GroupService *                        VIEWER
            BookableServices *                    VIEWER
            BookableServices create               ADMIN
            BookableServices delete               ADMIN
            BookableServices rename               ADMIN
            ImpersonationService *                SUPPORT
            ImpersonationService viewed           -
            ImpersonationService end              -
            ImpersonationService notices          CUSTOMER
            ImpersonationService sessionsOf       VIEWER
            GroupService create                   ADMIN
            GroupService delete                   ADMIN
            GroupService rename                   ADMIN
            GroupService setGroups                ADMIN
            MergeService *                        ADMIN
            MergeService survivorOf               VIEWER
            MergeService withMerged               VIEWER
            OrganizationService *                 ADMIN
            OrganizationService live              VIEWER
            OrganizationService countLive         VIEWER
            OrganizationService names             VIEWER
            OrganizationService choices           VIEWER
            PersonDirectory *                     BACKOFFICE
            PersonalDataService *                 ADMIN
            PriceSheetService *                   VIEWER
            PlanCatalog *                         ADMIN
            PriceSheetService save                ADMIN
            PriceSheetService delete              ADMIN
            PriceSheetService addItem             ADMIN
            PriceSheetService removeItem          ADMIN
            PriceSheetService assign              ADMIN
            PriceSheetService unassign            ADMIN
            SavedViewService *                    VIEWER
            SignupService *                       -
            SubscriptionService *                 VIEWER
            SubscriptionService setBillingRule    OWNER
            SubscriptionService addMinutes        ADMIN
            SubscriptionService changePlan        ADMIN
            SubscriptionService cancelAtPeriodEnd ADMIN
            SubscriptionService recordCalls       SYSTEM_ADMIN
            SubscriptionService plansForMe        CUSTOMER
            SubscriptionService ownUsage          CUSTOMER
            SubscriptionService ownCalls          CUSTOMER
            SubscriptionService countOwnCalls     CUSTOMER
            SubscriptionService subscribe         CUSTOMER+WRITE
            SubscriptionService cancelOwnAtPeriodEnd CUSTOMER+WRITE
            TeamService *                         VIEWER
            TeamService create                    OWNER
            TeamService delete                    OWNER
            TeamService rename                    OWNER
            TrashService *                        ADMIN
            StaffService *                        -
            StaffService list                     ADMIN
            StaffService count                    ADMIN
            StaffService assignableRoles          ADMIN
            StaffService setBookable              ADMIN
            StaffService bookable                 BACKOFFICE
            StaffService invite                   OWNER
            StaffService resendInvitation         OWNER
            StaffService revokeInvitation         OWNER
            StaffService assignRole               OWNER
            StaffService setActive                OWNER
            StaffService inviteOwner              SYSTEM_ADMIN
            TenantLifecycle *                     SYSTEM_ADMIN
            TwoFactor *                           -
            Passkeys *                            -
            SsoService *                          OWNER
            SsoService offeredAt                  -
            TwoFactor reset                       OWNER
            TenantService *                       -
            TenantService all                     SYSTEM_ADMIN
            TenantService setTrashRetention       ADMIN
            TenantService setBranding             OWNER
            TenantService setTwoFactorRequired    OWNER
            TenantService switchTo                SYSTEM_ADMIN
            UserAccountService *                  -
            UserAccountService create             SYSTEM_ADMIN
            UserAccountService createWithHash     SYSTEM_ADMIN
            LoginAttempts *                       -
            LoginAttempts unlock                  SUPPORT
            LoginAttempts signOutEverywhere       SUPPORT
            PasswordResets *                      -
            PasswordResets setPassword            ADMIN
            PasswordResets sendResetLink          SUPPORT
            PasswordResets requirePasswordChange  SUPPORT
            PortalLogins *                        -
            PortalLogins customerAdminCandidates  ADMIN
            PortalLogins setCustomerAdmin         ADMIN
            PortalLogins createPortalLogin        ADMIN
            PortalLogins renamePortalLogin        ADMIN
            WebhookService *                      ADMIN
            """;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    RoleRules rules;

    private Map<String, Endpoint> endpoints() {
        return rules.endpoints();
    }

    private static Map<String, String> table() {
        Map<String, String> t = new HashMap<>();
        TABLE.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .map(l -> l.split("\\s+"))
                .forEach(c -> t.put(c[0] + " " + c[1], c[2]));
        return t;
    }

    @Test
    void everyServiceMethodDemandsTheRoleTheTableGivesIt() {
        Map<String, String> table = table();
        List<String> mismatches = new ArrayList<>();
        endpoints().forEach((key, e) -> {
            String expected = table.getOrDefault(e.name() + " " + e.method().getName(), table.get(e.name() + " *"));
            String actual = e.rule();
            if (expected == null) {
                mismatches.add(key + ": not in the table (demands " + actual + ")");
            } else if (!expected.equals(actual)) {
                mismatches.add(key + ": table says " + expected + ", service demands " + actual);
            }
        });
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyRoleUnderTheRuleIsRefusedBeforeTheMethodRuns() {
        long tenant = data.tenant();
        Map<Role, UserAccount> staff = new EnumMap<>(Role.class);
        for (Role r : EnumSet.range(Role.OWNER, Role.VIEWER)) {
            staff.put(r, data.staff(tenant, r));
        }
        UserAccount portal = data.portalLogin(tenant, io.clientele.TestData.uniqueEmail("walk"));
        // A customer admin's own login, looked at by support read-only: its roles and customer, but not PORTAL_WRITE.
        UserAccount own = SystemAuthentication.platform(() -> users.create(
                tenant,
                io.clientele.TestData.uniqueEmail("walk-own"),
                "Walk",
                "Own",
                io.clientele.TestData.PASSWORD,
                null,
                Role.CUSTOMER_ADMIN));
        jdbc.update(
                "UPDATE customer SET user_account_id = ? WHERE id = ?",
                own.getId(),
                data.customer(tenant, "Walk", "Own", null, null, io.clientele.customer.CustomerStatus.ACTIVE));
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (var e : endpoints().entrySet()) {
            String rule = e.getValue().rule();
            if (rule.equals("-")) {
                continue;
            }
            boolean write = rule.endsWith("+WRITE");
            Role least = Role.valueOf(rule.replace("+WRITE", ""));
            // Nobody logged in, then each role under the least one, then a portal login.
            List<UserAccount> under = new ArrayList<>();
            under.add(null);
            // A customer's own-data rule is under every staff role: staff act on customers, not as one.
            for (Role r :
                    least.isStaff() ? EnumSet.range(least, Role.VIEWER) : EnumSet.range(Role.OWNER, Role.VIEWER)) {
                if (r != least) under.add(staff.get(r));
            }
            under.add(portal);
            for (UserAccount who : under) {
                io.clientele.TestData.logout();
                if (who != null) data.loginAs(who);
                Throwable thrown = call(e.getValue());
                calls++;
                boolean refused = thrown instanceof AccessDeniedException
                        || thrown instanceof AuthenticationCredentialsNotFoundException;
                if (!refused) {
                    wrong.add(e.getKey() + " as "
                            + (who == null
                                    ? "nobody"
                                    : who.getStaffRole() == null ? "portal login" : who.getStaffRole())
                            + ": " + (thrown == null ? "ran" : thrown));
                }
            }
            if (write) {
                io.clientele.TestData.logout();
                CurrentUser looked = logins.loadUserByUsername(own.getEmail())
                        .supportedBy(new CurrentUser.Support(
                                0,
                                staff.get(Role.SUPPORT).getId(),
                                "support@walk",
                                "Support",
                                true,
                                java.time.Instant.now().plusSeconds(600)));
                org.springframework.security.core.context.SecurityContextHolder.getContext()
                        .setAuthentication(
                                org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                                        .authenticated(looked, null, looked.getAuthorities()));
                Throwable thrown = call(e.getValue());
                calls++;
                if (!(thrown instanceof AccessDeniedException)) {
                    wrong.add(e.getKey() + " in a read-only support session: " + (thrown == null ? "ran" : thrown));
                }
            }
        }
        io.clientele.TestData.logout();
        assertThat(wrong).isEmpty();
        assertThat(calls).as("calls walked").isGreaterThan(200);
    }

    /** Calls through Spring's proxy with zero values: a refusal comes before any argument is looked at. */
    private static Throwable call(Endpoint e) {
        Object[] args = Arrays.stream(e.method().getParameterTypes())
                .map(AuthorizationWalkTest::zero)
                .toArray();
        try {
            e.method().invoke(e.bean(), args);
            return null;
        } catch (InvocationTargetException ex) {
            return ex.getCause();
        } catch (ReflectiveOperationException ex) {
            return ex;
        }
    }

    private static Object zero(Class<?> type) {
        if (!type.isPrimitive()) return null;
        if (type == boolean.class) return false;
        if (type == char.class) return '\0';
        if (type == long.class) return 0L;
        if (type == double.class) return 0d;
        if (type == float.class) return 0f;
        if (type == byte.class) return (byte) 0;
        if (type == short.class) return (short) 0;
        return 0;
    }
}
