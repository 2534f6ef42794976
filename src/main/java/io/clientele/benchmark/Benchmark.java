package io.clientele.benchmark;

import io.clientele.base.Databases;
import io.clientele.customer.CustomerBulkService;
import io.clientele.customer.CustomerExport;
import io.clientele.customer.CustomerFilter;
import io.clientele.customer.CustomerGenerator;
import io.clientele.customer.CustomerSearchText;
import io.clientele.customer.CustomerService;
import io.clientele.customer.CustomerStatus;
import io.clientele.customer.CustomerTallies;
import io.clientele.directory.CompanyDirectory;
import io.clientele.directory.ContactService;
import io.clientele.directory.DirectoryFilter;
import io.clientele.security.SystemAuthentication;
import io.clientele.tenant.TenantService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code java -jar clientele.jar --benchmark [--rows=1000000]}: loads a tenant with N generated customers
 * (once), then times the Customers list's queries through the service layer against the same SQL written
 * by hand over raw JDBC, and the figures of {@link ScaleFigures}; prints medians, p95 and ratios. Figures,
 * not pass/fail.
 */
@Component
@Order(10)
class Benchmark implements ApplicationRunner {
    private static final String TENANT = "Benchmark";
    private final CustomerTallies tallies;
    private final TenantService tenants;
    private final CustomerService customers;
    private final CustomerGenerator generator;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ApplicationContext context;
    private final CompanyDirectory directory;
    private final ContactService contacts;
    private final CustomerExport export;
    private final CustomerBulkService bulk;

    private final Clock clock;

    Benchmark(
            TenantService tenants,
            CustomerService customers,
            CustomerGenerator generator,
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            ApplicationContext context,
            CompanyDirectory directory,
            ContactService contacts,
            CustomerExport export,
            CustomerBulkService bulk,
            CustomerTallies tallies,
            Clock clock) {
        this.clock = clock;
        this.tallies = tallies;
        this.export = export;
        this.bulk = bulk;
        this.directory = directory;
        this.contacts = contacts;
        this.tenants = tenants;
        this.customers = customers;
        this.generator = generator;
        this.jdbc = jdbc;
        this.tx = tx;
        this.context = context;
    }

    private static final Set<String> SECTIONS =
            Set.of("lists", "grid", "rows", "search", "sort", "exports", "bulk", "tenants", "import");

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption("benchmark")) {
            return;
        }
        int rows = args.containsOption("rows")
                ? Integer.parseInt(args.getOptionValues("rows").getFirst())
                : 1_000_000;
        long tenant = tenants.createIfMissing(TENANT, "NO").getId();
        boolean postgres = Databases.postgres(jdbc.getDataSource());
        Integer existing =
                jdbc.queryForObject("SELECT count(*) FROM customer WHERE tenant_id = ?", Integer.class, tenant);
        // --figures=search,exports runs only those sections.
        Set<String> figures = args.containsOption("figures")
                ? Set.of(args.getOptionValues("figures").getFirst().split(","))
                : SECTIONS;
        TenantFigures many = figures.contains("tenants")
                ? new TenantFigures(tenants, generator, customers, jdbc, tx, postgres)
                : null;
        if (many != null) {
            many.before(existing >= rows);
        }
        if (existing < rows) {
            // Generated e-mails number rows from zero, so a smaller earlier run is replaced, not extended.
            jdbc.update("DELETE FROM customer WHERE tenant_id = ?", tenant);
            long start = System.nanoTime();
            tx.executeWithoutResult(s -> generator.insert(
                    new CustomerGenerator.Spec(tenant, rows, 1234, List.of(), new String[] {"bench.example"}, false),
                    n -> {
                        if (n % 100_000 == 0) System.out.printf("  generated %,d / %,d%n", n, rows);
                    }));
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("Generated %,d customers in %.1f s (%,.0f rows/s)%n", rows, seconds, rows / seconds);
        }
        if (postgres) {
            // What the database's own upkeep does in use: counters folded, dead rows gone, statistics fresh (a
            // PostgreSQL with autovacuum off, as on some test machines, would otherwise measure a million dead
            // counter rows).
            tallies.compact();
            jdbc.execute("VACUUM ANALYZE customer, customer_tally, customer_created_tally");
        }
        Integer companies =
                jdbc.queryForObject("SELECT count(*) FROM organization WHERE tenant_id = ?", Integer.class, tenant);
        if (companies == 0) {
            long start = System.nanoTime();
            directoryRows(tenant);
            System.out.printf(
                    "Generated %,d companies and %,d contacts in %.1f s%n",
                    rows / 20, rows / 4, (System.nanoTime() - start) / 1e9);
            if (postgres) jdbc.execute("ANALYZE organization; ANALYZE contact");
        }
        System.out.printf(
                "%n%,d customers on %s, %d cores, %s; median and p95 of %d runs after %d warm-ups unless "
                        + "said; baseline = the same work without Clientele%n",
                rows,
                postgres ? "PostgreSQL" : "H2",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + Runtime.version(),
                Timing.RUNS,
                Timing.WARMUPS);
        if (many != null) {
            many.after(rows);
        }
        SystemAuthentication.run(tenant, () -> {
            if (figures.contains("lists")) lists(tenant);
            try {
                new ScaleFigures(tenant, postgres, jdbc, tx, customers, export, bulk).run(figures);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        if (figures.contains("import") && postgres) {
            try {
                // --import-rows=N: the rows of the import job's figure.
                new ImportRunFigures(context.getBean(io.clientele.importing.ImportRun.class), tenants, jdbc)
                        .run(
                                args.containsOption("import-rows")
                                        ? Integer.parseInt(args.getOptionValues("import-rows")
                                                .getFirst())
                                        : 20_000);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    private void lists(long tenant) {
        Timing.header("Lists through the service layer (baseline: the same SQL over raw JDBC)");
        ZoneId zone = ZoneId.systemDefault();
        CustomerFilter all = CustomerFilter.empty();
        String live = "FROM customer WHERE tenant_id = ? AND deleted_at IS NULL";
        compare(
                "first page by name + count",
                () -> customers
                                .list(all, PageRequest.of(0, 20, Sort.by("displayName")))
                                .size()
                        + customers.count(all),
                () -> jdbc.queryForList("SELECT * " + live + " ORDER BY display_name, id LIMIT 20", tenant)
                                .size()
                        + jdbc.queryForObject("SELECT count(*) " + live, Long.class, tenant));
        compare(
                "page 500 by created desc",
                () -> customers
                        .list(all, PageRequest.of(500, 20, Sort.by(Sort.Direction.DESC, "createdAt")))
                        .size(),
                () -> jdbc.queryForList(
                                "SELECT * " + live + " ORDER BY created_at DESC, id LIMIT 20 OFFSET 10000", tenant)
                        .size());
        CustomerFilter search = all.withSearch("hansen4");
        String searchText = " AND " + CustomerSearchText.SQL + " LIKE ?";
        compare(
                "search 'hansen4' + count",
                () -> customers
                                .list(search, PageRequest.of(0, 20, Sort.by("displayName")))
                                .size()
                        + customers.count(search),
                () -> jdbc.queryForList(
                                        "SELECT * " + live + searchText + " ORDER BY display_name, id LIMIT 20",
                                        tenant,
                                        "%hansen4%")
                                .size()
                        + jdbc.queryForObject("SELECT count(*) " + live + searchText, Long.class, tenant, "%hansen4%"));
        LocalDate from = LocalDate.now(clock.withZone(zone)).minusDays(90);
        CustomerFilter recentActive =
                all.withStatuses(Set.of(CustomerStatus.ACTIVE)).withCreated(from, null);
        java.sql.Timestamp since =
                java.sql.Timestamp.from(from.atStartOfDay(zone).toInstant());
        compare(
                "active, created last 90 days + count",
                () -> customers
                                .list(recentActive, PageRequest.of(0, 20, Sort.by("displayName")))
                                .size()
                        + customers.count(recentActive),
                () -> jdbc.queryForList(
                                        "SELECT * " + live + " AND status = 'ACTIVE' AND created_at >= ? "
                                                + "ORDER BY display_name, id LIMIT 20",
                                        tenant,
                                        since)
                                .size()
                        + jdbc.queryForObject(
                                "SELECT count(*) " + live + " AND status = 'ACTIVE' AND created_at >= ?",
                                Long.class,
                                tenant,
                                since));
        compare(
                "unfiltered total",
                () -> customers.count(all),
                () -> jdbc.queryForObject("SELECT count(*) " + live, Long.class, tenant),
                "<= 5 ms");
        compare(
                "summary cards (4 counts)",
                () -> customers.summary(zone).total(),
                () -> jdbc.queryForObject("SELECT count(*) " + live, Long.class, tenant)
                        + jdbc.queryForObject("SELECT count(*) " + live + " AND status = 'ACTIVE'", Long.class, tenant)
                        + jdbc.queryForObject("SELECT count(*) " + live + " AND status = 'PENDING'", Long.class, tenant)
                        + jdbc.queryForObject(
                                "SELECT count(*) " + live + " AND created_at >= ?", Long.class, tenant, since),
                "<= 5 ms");
        DirectoryFilter everyone = DirectoryFilter.empty();
        String liveOrgs = "FROM organization o WHERE o.tenant_id = ? AND o.deleted_at IS NULL";
        compare(
                "companies page 1 with contact counts",
                () -> directory
                                .companies(everyone, PageRequest.of(0, 20, Sort.by("name")))
                                .size()
                        + directory.countCompanies(everyone),
                () -> jdbc.queryForList(
                                        "SELECT o.*, (SELECT count(*) FROM contact c WHERE c.organization_id = o.id "
                                                + "AND c.deleted_at IS NULL) " + liveOrgs
                                                + " ORDER BY o.name, o.id LIMIT 20",
                                        tenant)
                                .size()
                        + jdbc.queryForObject("SELECT count(*) " + liveOrgs, Long.class, tenant));
        String liveContacts = "FROM contact WHERE tenant_id = ? AND deleted_at IS NULL";
        compare(
                "contacts search 'hansen' + count",
                () -> contacts.contacts(everyone.withSearch("hansen"), PageRequest.of(0, 20, Sort.by("displayName")))
                                .size()
                        + contacts.countContacts(everyone.withSearch("hansen")),
                () -> jdbc.queryForList(
                                        "SELECT * " + liveContacts + " AND (lower(display_name) LIKE ? OR "
                                                + "lower(email) LIKE ?) ORDER BY display_name, id LIMIT 20",
                                        tenant,
                                        "%hansen%",
                                        "%hansen%")
                                .size()
                        + jdbc.queryForObject(
                                "SELECT count(*) " + liveContacts + " AND (lower(display_name) LIKE ? "
                                        + "OR lower(email) LIKE ?)",
                                Long.class,
                                tenant,
                                "%hansen%",
                                "%hansen%"));
    }

    /** One company per 20 customers and one contact per 4, set-based, spread evenly over the companies. */
    private void directoryRows(long tenant) {
        tx.executeWithoutResult(st -> {
            jdbc.update(
                    "INSERT INTO organization (tenant_id, version, name, org_number, live_org_number, country, sources, "
                            + "city, created_at, updated_at) SELECT tenant_id, 0, display_name, CAST(800000000 + id AS VARCHAR(20)), "
                            + "CAST(800000000 + id AS VARCHAR(20)), 'NO', 'ADMIN', 'Oslo', created_at, created_at FROM customer "
                            + "WHERE tenant_id = ? AND MOD(id, 20) = 0",
                    tenant);
            Long count =
                    jdbc.queryForObject("SELECT count(*) FROM organization WHERE tenant_id = ?", Long.class, tenant);
            // A hash join on a row number spreads the contacts evenly without a lookup per row.
            jdbc.update(
                    "INSERT INTO contact (tenant_id, version, organization_id, first_name, last_name, display_name, "
                            + "email, sources, has_photo, created_at, updated_at) SELECT c.tenant_id, 0, o.id, c.first_name, "
                            + "c.last_name, c.first_name || ' ' || c.last_name, c.email, 'ADMIN', false, c.created_at, c.created_at "
                            + "FROM customer c JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM organization "
                            + "WHERE tenant_id = ?) o ON o.n = MOD(c.id, ?) WHERE c.tenant_id = ? AND MOD(c.id, 4) = 1",
                    tenant,
                    count,
                    tenant);
        });
    }

    private static void compare(String name, Supplier<Object> clientele, Supplier<Object> raw) {
        compare(name, clientele, raw, "");
    }

    /** {@code p95}: the target of the service's p95, printed with it. */
    private static void compare(String name, Supplier<Object> clientele, Supplier<Object> raw, String p95) {
        Timing ours = Timing.of(clientele);
        Timing.row(name, ours, Timing.of(raw), p95.isEmpty() ? "" : String.format("p95 %.1f ms (%s)", ours.p95(), p95));
    }
}
