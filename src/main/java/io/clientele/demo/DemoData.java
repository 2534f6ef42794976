package io.clientele.demo;

import io.clientele.audit.Summary;
import io.clientele.base.ClienteleProperties;
import io.clientele.customer.CustomerGenerator;
import io.clientele.customer.CustomerService;
import io.clientele.customer.TeamService;
import io.clientele.duplicate.DuplicateService;
import io.clientele.duplicate.MergeService;
import io.clientele.privacy.PersonalDataService;
import io.clientele.security.Role;
import io.clientele.security.SystemAuthentication;
import io.clientele.security.UserAccountService;
import io.clientele.tenant.Tenant;
import io.clientele.tenant.TenantService;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code --demo} (or clientele.demo=true): two tenants with ~300 seeded customers each, teams,
 * pictures, portal logins and one staff user per role. Runs once; a second start finds it in place.
 */
@Component
@Order(1)
public class DemoData implements ApplicationRunner {
    static final String PASSWORD = "Clientele-demo-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    /** Customers that accounts, logins and history are told about; more (clientele.demo-customers) are plain rows. */
    private static final int STORY = 300;

    private record DemoTenant(String name, String domain, long seed, List<String> teams, String[] mailDomains) {}

    private static final List<DemoTenant> TENANTS = List.of(
            new DemoTenant(
                    "Nordlys Helse",
                    "nordlys.demo",
                    42,
                    List.of("Oslo", "Bergen", "Trondheim", "Digital support"),
                    new String[] {"gmail.com", "online.no", "hotmail.com"}),
            new DemoTenant(
                    "Fjordline Fitness",
                    "fjordline.demo",
                    7,
                    List.of("Front desk", "Personal trainers", "Sales"),
                    new String[] {"outlook.com", "icloud.com", "yahoo.no"}));

    private final ClienteleProperties properties;
    private final TenantService tenants;
    private final UserAccountService users;
    private final TeamService teams;
    private final CustomerService customers;
    private final CustomerGenerator generator;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final DemoAccounts accounts;
    private final DemoDirectory directory;
    private final DemoActivity activity;
    private final DemoImports imports;
    private final PersonalDataService privacy;
    private final DuplicateService duplicateScan;
    private final MergeService merges;
    private final DemoIntegrations integrations;
    private final DemoPortal portal;

    DemoData(
            ClienteleProperties properties,
            TenantService tenants,
            UserAccountService users,
            TeamService teams,
            CustomerService customers,
            CustomerGenerator generator,
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            DemoAccounts accounts,
            DemoDirectory directory,
            DemoActivity activity,
            DemoImports imports,
            PersonalDataService privacy,
            DuplicateService duplicateScan,
            MergeService merges,
            DemoIntegrations integrations,
            DemoPortal portal) {
        this.integrations = integrations;
        this.portal = portal;
        this.duplicateScan = duplicateScan;
        this.merges = merges;
        this.activity = activity;
        this.imports = imports;
        this.privacy = privacy;
        this.properties = properties;
        this.tenants = tenants;
        this.users = users;
        this.teams = teams;
        this.customers = customers;
        this.generator = generator;
        this.jdbc = jdbc;
        this.tx = tx;
        this.accounts = accounts;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo() && !args.containsOption("demo")) {
            return;
        }
        if (users.findByEmail("owner@" + TENANTS.getFirst().domain()).isPresent()) {
            log.info("Demo data already present");
            return;
        }
        long started = System.nanoTime();
        String hash = users.hash(PASSWORD);
        SystemAuthentication.platform(() -> users.createWithHash(
                null, "sysadmin@clientele.demo", "Siri", "Systemsen", hash, Role.SYSTEM_ADMIN, null, "en"));
        SystemAuthentication.platform(() -> users.createWithHash(
                null, "drift@clientele.demo", "Dina", "Drift", hash, Role.SYSTEM_ADMIN, null, "nb"));
        for (DemoTenant demo : TENANTS) {
            Tenant tenant = tenants.createIfMissing(demo.name(), "NO");
            SystemAuthentication.run(tenant.getId(), () -> story(tenant, demo, hash));
        }
        // A customer that stopped paying: suspended 40 days ago, so Settings → Tenants offers to delete it.
        long suspended = fill("Sentrum Frisør", "sentrum.demo");
        jdbc.update(
                "UPDATE tenant SET suspended_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(40))),
                suspended);
        log.info(
                "Demo data loaded in {} ms: log in as owner@{} with password {}",
                (System.nanoTime() - started) / 1_000_000,
                TENANTS.getFirst().domain(),
                PASSWORD);
    }

    /**
     * A tenant with the demo's whole story (staff, customers, accounts, directory, activity, integrations, portal)
     * under its own name and domain: what tests that must meet every kind of row use.
     */
    public long fill(String name, String domain) {
        DemoTenant first = TENANTS.getFirst();
        // Customers' addresses under the tenant's own domain: portal logins' addresses are unique on the platform.
        DemoTenant demo = new DemoTenant(
                name, domain, first.seed(), first.teams(), new String[] {"mail." + domain, "post." + domain});
        Tenant tenant = tenants.createIfMissing(name, "NO");
        String hash = users.hash(PASSWORD);
        SystemAuthentication.run(tenant.getId(), () -> story(tenant, demo, hash));
        return tenant.getId();
    }

    private void story(Tenant tenant, DemoTenant demo, String hash) {
        staff(tenant.getId(), demo.domain(), hash);
        demo.teams().forEach(teams::create);
        tx.executeWithoutResult(s -> generator.insert(
                new CustomerGenerator.Spec(
                        tenant.getId(),
                        Math.min(STORY, properties.demoCustomers()),
                        demo.seed(),
                        demo.teams(),
                        demo.mailDomains(),
                        true),
                n -> {}));
        portalLogins(tenant.getId(), hash);
        accounts.insert(tenant.getId(), demo.seed());
        directory.insert(tenant.getId(), demo.seed());
        avatars(tenant.getId(), demo.seed());
        activity.insert(tenant.getId(), demo.seed());
        created(tenant.getId());
        history(tenant.getId(), demo.domain());
        privacy(tenant.getId());
        views(tenant.getId(), demo.domain());
        duplicates(tenant.getId());
        integrations.insert(tenant.getId(), demo.domain());
        imports.insert(tenant.getId(), demo.domain());
        portal.insert(tenant.getId(), demo.domain(), demo.seed() == 42 ? "#0f766e" : "#c2410c", demo.seed());
        // Generated and demo-loader deletions were made by no one in particular: an admin of the tenant did
        // them.
        for (String table : List.of("customer", "organization", "contact")) {
            jdbc.update(
                    "UPDATE " + table + " SET deleted_by = ? WHERE tenant_id = ? AND deleted_at IS NOT NULL "
                            + "AND (deleted_by IS NULL OR deleted_by = 'system')",
                    "admin@" + demo.domain(),
                    tenant.getId());
        }
        int more = properties.demoCustomers() - STORY;
        if (more > 0) {
            tx.executeWithoutResult(s -> generator.insert(
                    new CustomerGenerator.Spec(
                            tenant.getId(), more, demo.seed(), demo.teams(), demo.mailDomains(), false),
                    STORY,
                    n -> {}));
        }
    }

    /**
     * Two people who signed up twice (a +tag, the same phone), then the scan the night would run; the second pair was
     * merged already (its Undo waits in the Trash).
     */
    private void duplicates(long tenantId) {
        List<Map<String, Object>> twice = jdbc.queryForList(
                        "SELECT id, first_name, last_name, email, phone, phone_digits "
                                + "FROM customer WHERE tenant_id = ? AND type = 'INDIVIDUAL' AND email IS NOT NULL AND phone IS NOT NULL "
                                + "AND deleted_at IS NULL ORDER BY id",
                        tenantId)
                .subList(20, 22);
        for (Map<String, Object> c : twice) {
            String email = (String) c.get("email");
            jdbc.update(
                    "INSERT INTO customer (tenant_id, version, type, status, first_name, last_name, display_name, email, "
                            + "phone, phone_digits, source, all_teams, teams_label, has_avatar, created_at, updated_at) "
                            + "VALUES (?, 0, 'INDIVIDUAL', 'PENDING', ?, ?, ?, ?, ?, ?, 'ORDER', true, '', false, ?, ?)",
                    tenantId,
                    c.get("first_name"),
                    c.get("last_name"),
                    c.get("first_name") + " " + c.get("last_name"),
                    email.replace("@", "+shop@"),
                    c.get("phone"),
                    c.get("phone_digits"),
                    Timestamp.from(Instant.now()),
                    Timestamp.from(Instant.now()));
        }
        duplicateScan.scan();
        Map<String, Object> second = twice.getLast();
        long original = ((Number) second.get("id")).longValue();
        long copy = jdbc.queryForObject(
                "SELECT id FROM customer WHERE tenant_id = ? AND email = ?",
                Long.class,
                tenantId,
                ((String) second.get("email")).replace("@", "+shop@"));
        merges.merge(original, copy, java.util.Set.of());
    }

    /** The Views menu: two views the admin shared with the tenant, one of their own. */
    private void views(long tenantId, String domain) {
        Long admin = jdbc.queryForObject("SELECT id FROM user_account WHERE email = ?", Long.class, "admin@" + domain);
        Object[][] views = {
            {"Blocked customers", "status=BLOCKED", true},
            {"Businesses, newest first", "type=BUSINESS&sort=createdAt,desc", true},
            {"Pending sign-ups", "status=PENDING&sort=createdAt,asc", false}
        };
        for (Object[] v : views) {
            jdbc.update(
                    "INSERT INTO saved_view (tenant_id, version, owner_id, owner_email, list_path, name, query, shared, "
                            + "created_at) VALUES (?, 0, ?, ?, 'customers', ?, ?, ?, ?)",
                    tenantId,
                    admin,
                    "admin@" + domain,
                    v[0],
                    v[1],
                    v[2],
                    Timestamp.from(Instant.now()));
        }
    }

    /** The Privacy tab's two edge cases: one person on legal hold, one who asked to be erased. */
    private void privacy(long tenantId) {
        List<Long> people = jdbc.queryForList(
                "SELECT id FROM customer WHERE tenant_id = ? AND type = 'INDIVIDUAL' "
                        + "AND organization_id IS NULL AND user_account_id IS NULL AND deleted_at IS NULL ORDER BY id",
                Long.class,
                tenantId);
        privacy.setLegalHold(people.get(4), true, "Disputed invoice, case 2026-114");
        privacy.erase(people.get(9));
    }

    /** Each customer's first audit event, when it was created, as the service would have written it. */
    private void created(long tenantId) {
        List<Object[]> rows = jdbc.query(
                "SELECT created_at, id, display_name FROM customer WHERE tenant_id = ?",
                (rs, n) -> {
                    Summary s = Summary.of(rs.getString(3));
                    return new Object[] {
                        tenantId, rs.getTimestamp(1), rs.getLong(2), s.english("CUSTOMER_CREATED"), s.json()
                    };
                },
                tenantId);
        jdbc.batchUpdate(
                "INSERT INTO audit_event (tenant_id, occurred_at, actor_email, action, entity_type, entity_id, "
                        + "summary, summary_args) VALUES (?, ?, 'system', 'CUSTOMER_CREATED', 'CUSTOMER', ?, ?, ?)",
                rows);
    }

    /** What a week of staff work leaves in the audit trail: edits with before → after, logins, a lock, a reset, an export. */
    private void history(long tenantId, String domain) {
        String admin = "admin@" + domain;
        String support = "support@" + domain;
        Instant now = Instant.now();
        List<Object[]> rows = new ArrayList<>();
        List<Map<String, Object>> edited = jdbc.queryForList(
                "SELECT id, display_name, status FROM customer "
                        + "WHERE tenant_id = ? AND organization_id IS NULL AND deleted_at IS NULL ORDER BY id LIMIT 12",
                tenantId);
        int i = 0;
        for (Map<String, Object> c : edited) {
            i++;
            Summary updated = Summary.of(c.get("display_name"));
            rows.add(new Object[] {
                tenantId,
                Timestamp.from(now.minus(Duration.ofHours(7L * i))),
                admin,
                "CUSTOMER_UPDATED",
                "CUSTOMER",
                c.get("id"),
                updated.english("CUSTOMER_UPDATED"),
                updated.json(),
                "phone: +47 900 00 " + (10 + i) + "\nstatus: PENDING",
                "phone: +47 912 34 " + (10 + i) + "\nstatus: " + c.get("status")
            });
        }
        Instant lockedUntil = now.minus(Duration.ofHours(50)).plus(Duration.ofMinutes(15));
        Object[][] security = {
            {support, "LOGIN_FAILED", Summary.of(1), 30},
            {support, "LOGIN_FAILED", Summary.of(2), 29},
            {support, "LOGIN_SUCCEEDED", Summary.of(), 28},
            {"viewer@" + domain, "ACCOUNT_LOCKED", Summary.of(lockedUntil, 5), 50},
            {support, "PASSWORD_RESET_LINK_SENT", Summary.of("guest@" + domain), 20},
            {"owner@" + domain, "ROLE_ASSIGNED", Summary.of("support@" + domain, "SUPPORT"), 90},
            {admin, "EXPORTED", Summary.of(34, "CUSTOMER"), 3}
        };
        for (Object[] e : security) {
            boolean export = "EXPORTED".equals(e[1]);
            Summary s = (Summary) e[2];
            rows.add(new Object[] {
                tenantId,
                Timestamp.from(now.minus(Duration.ofHours((int) e[3]))),
                e[0],
                e[1],
                export ? "CUSTOMER" : "USER_ACCOUNT",
                null,
                s.english((String) e[1]),
                s.json(),
                null,
                null
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO audit_event (tenant_id, occurred_at, actor_email, action, entity_type, entity_id, "
                        + "summary, summary_args, before_state, after_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
    }

    private void staff(long tenantId, String domain, String hash) {
        String[][] people = {
            {"owner", "Olivia", "Owner", "OWNER", "nb"},
            {"admin", "Adrian", "Admin", "ADMIN", "en"},
            {"backoffice", "Berit", "Backoffice", "BACKOFFICE", "nb"},
            {"support", "Sunniva", "Support", "SUPPORT", "en"},
            {"viewer", "Vilde", "Viewer", "VIEWER", "nb"}
        };
        for (String[] p : people) {
            users.createWithHash(tenantId, p[0] + "@" + domain, p[1], p[2], hash, Role.valueOf(p[3]), null, p[4]);
        }
        // Staff sign in now and then; the viewer has not for a while.
        for (Object[] seen : new Object[][] {{"owner", 2}, {"backoffice", 26}, {"support", 5}, {"viewer", 24 * 40}}) {
            jdbc.update(
                    "UPDATE user_account SET last_login_at = ? WHERE email = ?",
                    Timestamp.from(Instant.now().minus(Duration.ofHours((Integer) seen[1]))),
                    seen[0] + "@" + domain);
        }
        // Settings → Staff's other states: a viewer nobody books, a pending and an expired invitation, a leaver.
        jdbc.update("UPDATE user_account SET bookable = FALSE WHERE email = ?", "viewer@" + domain);
        users.createWithHash(tenantId, "dag.sluttet@" + domain, "Dag", "Sluttet", hash, Role.SUPPORT, null, "nb");
        // He had set up an authenticator app before he left.
        jdbc.update(
                "UPDATE user_account SET enabled = FALSE, totp_secret = ?, totp_enabled_at = ? WHERE email = ?",
                "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
                Timestamp.from(Instant.now().minus(Duration.ofDays(200))),
                "dag.sluttet@" + domain);
        Instant now = Instant.now();
        for (Object[] invited : new Object[][] {
            {"ingrid.ny@" + domain, Role.ADMIN, now.minus(Duration.ofHours(20))},
            {"even.treg@" + domain, Role.SUPPORT, now.minus(Duration.ofDays(5))}
        }) {
            users.createWithHash(tenantId, (String) invited[0], null, null, null, (Role) invited[1], null, "nb");
            jdbc.update(
                    "UPDATE user_account SET invited_at = ?, invited_by = ?, bookable = FALSE WHERE email = ?",
                    java.sql.Timestamp.from((Instant) invited[2]),
                    "owner@" + domain,
                    invited[0]);
        }
        // Portal users who registered but are not linked to a customer account yet.
        users.createWithHash(tenantId, "guest@" + domain, "Gustav", "Gjest", hash, null, Role.GUEST, "nb");
        users.createWithHash(tenantId, "guro.gjest@" + domain, "Guro", "Gjestebakken", hash, null, Role.GUEST, "en");
        users.createWithHash(
                tenantId, "lars.nyregistrert@" + domain, "Lars", "Nyregistrert", hash, null, Role.GUEST, "nb");
    }

    /**
     * Customers that have logged in get a portal login (CUSTOMER_ADMIN for businesses), set-based; an address with a
     * login elsewhere on the platform (another tenant's customer) gets none, as signing up would refuse it.
     */
    private void portalLogins(long tenantId, String hash) {
        jdbc.update(
                "INSERT INTO user_account (tenant_id, version, email, password_hash, first_name, last_name, language, "
                        + "portal_role, enabled, failed_logins, created_at, last_login_at) SELECT tenant_id, 0, email, ?, first_name, "
                        + "last_name, 'nb', CASE WHEN type = 'BUSINESS' THEN 'CUSTOMER_ADMIN' ELSE 'CUSTOMER' END, true, 0, "
                        + "created_at, last_login_at FROM customer WHERE tenant_id = ? AND last_login_at IS NOT NULL "
                        + "AND email IS NOT NULL AND NOT EXISTS (SELECT 1 FROM user_account u WHERE u.email = customer.email)",
                hash,
                tenantId);
        jdbc.update(
                "UPDATE customer SET user_account_id = (SELECT u.id FROM user_account u WHERE u.email = customer.email "
                        + "AND u.tenant_id = customer.tenant_id) "
                        + "WHERE tenant_id = ? AND last_login_at IS NOT NULL AND email IS NOT NULL",
                tenantId);
    }

    private void avatars(long tenantId, long seed) {
        List<Long> ids = jdbc.queryForList(
                "SELECT id FROM customer WHERE tenant_id = ? AND type = 'INDIVIDUAL' "
                        + "AND MOD(id, 6) = 1 ORDER BY id",
                Long.class,
                tenantId);
        for (Long id : ids) {
            customers.storeAvatar(id, "image/png", DemoPictures.portrait(seed * 31 + id));
        }
    }
}
