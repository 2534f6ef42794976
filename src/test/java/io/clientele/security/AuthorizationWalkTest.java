package io.clientele.security;

import io.clientele.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Service;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every public method of every service and compares the least role it demands with the role table of
 * DESIGN.md, written out below; then calls each method as the role just under it (a portal login under VIEWER,
 * and nobody at all) and expects a refusal before the method runs.
 */
class AuthorizationWalkTest extends DatabaseTest {
    /**
     * DESIGN.md's roles applied to the services: "service *" is the service's rule, "service method" an exception.
     * VIEWER reads lists and details (the Companies tab lists organizations); SUPPORT resets passwords and sends
     * messages; ADMIN manages customers, organizations, accounts, exports, bulk actions, groups and consent fields;
     * BACKOFFICE adds B2C customers and bookings; OWNER manages staff, roles and teams (they decide who sees whom);
     * SYSTEM_ADMIN manages tenants. "-": no rule, because login, password reset by link, first start and demo data
     * run before anyone is logged in, and the trail is written by services after their own check.
     */
    private static final String TABLE = """
            AddressService *                      VIEWER
            AddressService saveAddress            ADMIN
            AddressService removeAddress          ADMIN
            AuditExport *                         ADMIN
            AuditService *                        ADMIN
            AuditService history                  VIEWER
            AuditService record                   -
            AuditService recordExport             -
            AuditService recordSecurity           -
            BookingService *                      BACKOFFICE
            CompanyDirectory *                    VIEWER
            CompanyDirectory deleteCompanies      ADMIN
            ConsentService *                      VIEWER
            ConsentService create                 ADMIN
            ConsentService delete                 ADMIN
            ConsentService rename                 ADMIN
            ConsentService record                 ADMIN
            ContactService *                      VIEWER
            ContactService createContact          ADMIN
            ContactService updateContact          ADMIN
            ContactService deleteContacts         ADMIN
            CustomerAccountExport *               ADMIN
            CustomerAccountService *              ADMIN
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
            CustomerService assignTeams           ADMIN
            CustomerService storeAvatar           ADMIN
            CustomerService softDeleteIndividuals BACKOFFICE
            GroupService *                        VIEWER
            GroupService create                   ADMIN
            GroupService delete                   ADMIN
            GroupService rename                   ADMIN
            GroupService setGroups                ADMIN
            OrganizationService *                 ADMIN
            OrganizationService live              VIEWER
            OrganizationService countLive         VIEWER
            OrganizationService names             VIEWER
            OrganizationService choices           VIEWER
            PersonDirectory *                     BACKOFFICE
            PriceSheetService *                   VIEWER
            PriceSheetService save                ADMIN
            PriceSheetService delete              ADMIN
            PriceSheetService addItem             ADMIN
            PriceSheetService removeItem          ADMIN
            PriceSheetService assign              ADMIN
            PriceSheetService unassign            ADMIN
            TeamService *                         VIEWER
            TeamService create                    OWNER
            TeamService delete                    OWNER
            TeamService rename                    OWNER
            TenantService *                       -
            TenantService all                     SYSTEM_ADMIN
            TenantService switchTo                SYSTEM_ADMIN
            UserAccountService *                  -
            UserAccountService setPassword        SUPPORT
            UserAccountService sendResetLink      SUPPORT
            UserAccountService customerAdminCandidates ADMIN
            UserAccountService setCustomerAdmin   ADMIN
            UserAccountService assignStaffRole    OWNER
            """;


    /** Services every login uses, or other services call after their own check: no rule of their own. */
    private static final Set<String> PLATFORM = Set.of("BulkJobService", "MailService", "MessageService",
            "NotificationService", "UserPreferences");

    private static final Pattern HAS_ROLE = Pattern.compile("hasRole\\('(\\w+)'\\)");

    @Autowired ApplicationContext ctx;

    /** Every public method of every service (not the platform ones) with the role its rule names, or "-". */
    private Map<String, Method> methods() {
        Map<String, Method> all = new TreeMap<>();
        for (Object bean : ctx.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("io.clientele") || PLATFORM.contains(type.getSimpleName())) {
                continue;
            }
            for (Method m : type.getMethods()) {
                if (m.getDeclaringClass() != Object.class && !m.isBridge() && !m.isSynthetic()
                        && !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass().getPackageName().startsWith("io.clientele")) {
                    all.merge(type.getSimpleName() + " " + m.getName() + Arrays.toString(m.getParameterTypes()), m,
                            (a, b) -> a);
                }
            }
        }
        return all;
    }

    private static String rule(Method m, Class<?> service) {
        PreAuthorize p = AnnotatedElementUtils.findMergedAnnotation(m, PreAuthorize.class);
        if (p == null) {
            p = AnnotatedElementUtils.findMergedAnnotation(m.getDeclaringClass(), PreAuthorize.class);
        }
        if (p == null) {
            p = AnnotatedElementUtils.findMergedAnnotation(service, PreAuthorize.class);
        }
        if (p == null) {
            return "-";
        }
        Matcher r = HAS_ROLE.matcher(p.value());
        return r.matches() ? r.group(1) : p.value();
    }

    private static Map<String, String> table() {
        Map<String, String> t = new HashMap<>();
        TABLE.lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> l.split("\\s+"))
                .forEach(c -> t.put(c[0] + " " + c[1], c[2]));
        return t;
    }

    private Class<?> serviceOf(String key) {
        String name = key.substring(0, key.indexOf(' '));
        return ctx.getBeansWithAnnotation(Service.class).values().stream().map(AopUtils::getTargetClass)
                .filter(c -> c.getSimpleName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void everyServiceMethodDemandsTheRoleTheTableGivesIt() {
        Map<String, String> table = table();
        List<String> mismatches = new ArrayList<>();
        methods().forEach((key, m) -> {
            String service = key.substring(0, key.indexOf(' '));
            String expected = table.getOrDefault(service + " " + m.getName(), table.get(service + " *"));
            String actual = rule(m, serviceOf(key));
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
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (var e : methods().entrySet()) {
            Method m = e.getValue();
            String rule = rule(m, serviceOf(e.getKey()));
            if (rule.equals("-")) {
                continue;
            }
            Role least = Role.valueOf(rule);
            Object bean = ctx.getBean(serviceOf(e.getKey()));
            // Nobody logged in, then each role under the least one, then a portal login.
            List<UserAccount> under = new ArrayList<>();
            under.add(null);
            for (Role r : EnumSet.range(least, Role.VIEWER)) {
                if (r != least) under.add(staff.get(r));
            }
            under.add(portal);
            for (UserAccount who : under) {
                io.clientele.TestData.logout();
                if (who != null) data.loginAs(who);
                Throwable thrown = call(bean, m);
                calls++;
                boolean refused = thrown instanceof AccessDeniedException
                        || thrown instanceof AuthenticationCredentialsNotFoundException;
                if (!refused) {
                    wrong.add(e.getKey() + " as " + (who == null ? "nobody" : who.getStaffRole() == null ? "portal login"
                            : who.getStaffRole()) + ": " + (thrown == null ? "ran" : thrown));
                }
            }
        }
        io.clientele.TestData.logout();
        assertThat(wrong).isEmpty();
        assertThat(calls).as("calls walked").isGreaterThan(200);
    }

    /** Calls with zero values: a refusal comes before any argument is looked at. */
    private static Throwable call(Object bean, Method m) {
        Object[] args = Arrays.stream(m.getParameterTypes()).map(AuthorizationWalkTest::zero).toArray();
        try {
            Method onProxy = bean.getClass().getMethod(m.getName(), m.getParameterTypes());
            onProxy.invoke(bean, args);
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
