package io.clientele.benchmark;

import io.clientele.base.Seek;
import io.clientele.bulk.BulkJob;
import io.clientele.bulk.BulkJobService;
import io.clientele.bulk.ExportFormat;
import io.clientele.customer.CustomerBulkService;
import io.clientele.customer.CustomerExport;
import io.clientele.customer.CustomerFilter;
import io.clientele.customer.CustomerSearchText;
import io.clientele.customer.CustomerSelection;
import io.clientele.customer.CustomerService;
import io.clientele.customer.CustomerStatus;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.postgresql.PGConnection;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The figures of "Performance at one million customers": search against a sequential scan, deep pages of every
 * sortable column (with the plan's sort node), CSV export against COPY, XLSX heap growth, and a bulk block of
 * 100,000 against one UPDATE. Runs inside one tenant as the platform.
 */
class ScaleFigures {
    /** List sort keys and their columns: every sortable column of the Customers list. */
    private static final Map<String, String> SORTABLE = new java.util.LinkedHashMap<>();

    static {
        SORTABLE.put("id", "id");
        SORTABLE.put("displayName", "display_name");
        SORTABLE.put("firstName", "first_name");
        SORTABLE.put("lastName", "last_name");
        SORTABLE.put("status", "status");
        SORTABLE.put("email", "email");
        SORTABLE.put("phoneDigits", "phone_digits");
        SORTABLE.put("nextVisitAt", "next_visit_at");
        SORTABLE.put("type", "type");
        SORTABLE.put("teamsLabel", "teams_label");
        SORTABLE.put("createdAt", "created_at");
        SORTABLE.put("lastLoginAt", "last_login_at");
    }

    private static final String LIVE = "FROM customer WHERE tenant_id = ? AND deleted_at IS NULL";
    private static final String EXPORT_COLUMNS = "id, display_name, email, phone, status, created_at";

    private final long tenant;
    private final boolean postgres;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final CustomerService customers;
    private final CustomerExport export;
    private final CustomerBulkService bulk;
    /** Live customers of the tenant; no figure deletes or restores any. */
    private long live;

    ScaleFigures(
            long tenant,
            boolean postgres,
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            CustomerService customers,
            CustomerExport export,
            CustomerBulkService bulk) {
        this.tenant = tenant;
        this.postgres = postgres;
        this.jdbc = jdbc;
        this.tx = tx;
        this.customers = customers;
        this.export = export;
        this.bulk = bulk;
    }

    void run(Set<String> sections) throws Exception {
        live = jdbc.queryForObject("SELECT count(*) " + LIVE, Long.class, tenant);
        if (sections.contains("grid")) gridPage();
        if (sections.contains("rows")) rowsFirst();
        if (sections.contains("search")) search();
        if (sections.contains("sort")) deepPages();
        if (sections.contains("exports")) exports();
        if (sections.contains("bulk")) bulkBlock();
        if (sections.contains("import")) ImportFigures.run();
    }

    private void gridPage() {
        Timing.header("Customers grid page");
        CustomerFilter all = CustomerFilter.empty();
        Timing.row(
                "50 rows by name + exact count (service)",
                Timing.of(() -> customers
                                .list(all, PageRequest.of(0, 50, Sort.by("displayName")))
                                .size()
                        + customers.count(all)),
                Timing.of(() -> jdbc.queryForList("SELECT * " + LIVE + " ORDER BY display_name, id LIMIT 50", tenant)
                                .size()
                        + jdbc.queryForObject("SELECT count(*) " + LIVE, Long.class, tenant)),
                "<= 1.5x of JDBC");
    }

    /**
     * What a list waits for before its rows are on screen now that the exact count follows by push: the page's rows
     * alone, through the service, against the same SQL over JDBC.
     */
    private void rowsFirst() {
        Timing.header("Rows first: a page of 50 rows before its count (baseline: the same SQL over JDBC)");
        record Case(String name, CustomerFilter filter, String where) {}
        List<Case> cases = List.of(
                new Case("first page by name", CustomerFilter.empty(), ""),
                new Case(
                        "search 'bench.example'",
                        CustomerFilter.empty().withSearch("bench.example"),
                        " AND " + CustomerSearchText.SQL + " LIKE '%bench.example%'"),
                new Case(
                        "status Active",
                        CustomerFilter.empty().withStatuses(Set.of(CustomerStatus.ACTIVE)),
                        " AND status = 'ACTIVE'"));
        for (Case c : cases) {
            Timing ours = Timing.of(() -> customers
                    .list(c.filter(), PageRequest.of(0, 50, Sort.by("displayName")))
                    .size());
            Timing raw = Timing.of(() -> jdbc.queryForList(
                            "SELECT * " + LIVE + c.where() + " ORDER BY display_name, id LIMIT 50", tenant)
                    .size());
            Timing.row(c.name(), ours, raw, String.format("time to rows p95 %.0f ms (<= 50)", ours.p95()));
        }
    }

    /** Contains-search through the service against the same SQL with index use switched off (PostgreSQL). */
    private void search() {
        Timing.header("Contains-search + count (baseline: the same SQL as a sequential scan; ratio < 1 is faster)");
        // What staff type to find one person (from a real row in the middle), then broad terms that hit thousands.
        Map<String, Object> person = jdbc.queryForMap(
                "SELECT display_name, email, phone_digits " + LIVE + " ORDER BY id LIMIT 1 OFFSET ?", tenant, live / 2);
        String email = (String) person.get("email");
        String phone = (String) person.get("phone_digits");
        List<String> terms = new ArrayList<>(List.of(
                email.substring(0, email.indexOf('@')),
                phone.substring(Math.max(0, phone.length() - 8)),
                ((String) person.get("display_name")).toLowerCase()));
        terms.addAll(List.of("hansen4", "4798", "bench.example"));
        for (String term : terms) {
            CustomerFilter f = CustomerFilter.empty().withSearch(term);
            Timing ours = Timing.of(() -> customers
                            .list(f, PageRequest.of(0, 50, Sort.by("displayName")))
                            .size()
                    + customers.count(f));
            String digits = term.replaceAll("\\D", "");
            String where = LIVE + " AND (lower(display_name) LIKE ? OR lower(email) LIKE ?"
                    + (digits.length() >= 3 ? " OR phone_digits LIKE '%" + digits + "%')" : ")");
            String like = "%" + term + "%";
            Timing seq = !postgres
                    ? ours
                    : Timing.of(
                            () -> tx.execute(s -> {
                                jdbc.execute("SET LOCAL enable_indexscan = off");
                                jdbc.execute("SET LOCAL enable_bitmapscan = off");
                                return jdbc.queryForList(
                                                        "SELECT * " + where + " ORDER BY display_name, id LIMIT 50",
                                                        tenant,
                                                        like,
                                                        like)
                                                .size()
                                        + jdbc.queryForObject(
                                                "SELECT count(*) " + where, Long.class, tenant, like, like);
                            }),
                            2,
                            5);
            Timing.row(
                    "search '" + term + "' (" + customers.count(f) + " hits)",
                    ours,
                    seq,
                    !postgres
                            ? "no sequential-scan baseline on H2"
                            : String.format(
                                    "%.0fx faster (>= 20x), p95 %.0f ms (<= 50)",
                                    seq.median() / ours.median(), ours.p95()));
        }
    }

    /** Page 2,000 of 50 rows sorted by each sortable column, and whether the plan sorts the whole table. */
    private void deepPages() {
        int page = (int) Math.min(1999, Math.max(0, live / 50 - 2));
        Timing.header("Sort by a column, then page " + (page + 1) + " of 50 rows (baseline: the same SQL over JDBC)");
        for (Map.Entry<String, String> e : SORTABLE.entrySet()) {
            for (Sort.Direction d : Sort.Direction.values()) {
                String order = e.getValue() + " " + d + ", id " + d;
                String sql = "SELECT * " + LIVE + " ORDER BY " + order + " LIMIT 50 OFFSET " + page * 50;
                Timing ours = Timing.of(
                        () -> customers
                                .list(CustomerFilter.empty(), PageRequest.of(page, 50, Sort.by(d, e.getKey())))
                                .size(),
                        1,
                        5);
                Timing raw = Timing.of(() -> jdbc.queryForList(sql, tenant).size(), 1, 5);
                Timing.row(e.getKey() + " " + d.name().toLowerCase(Locale.ROOT), ours, raw, plan(sql));
            }
        }
        soughtPages(page);
    }

    /**
     * The same page reached as the list reaches it from the page before (Next): after that page's last row, against
     * the same keyset SQL over JDBC (which is given the boundary's value; the service looks it up by id).
     */
    private void soughtPages(int page) {
        Timing.header("Next to page " + (page + 1) + " of 50 rows by seek (baseline: the same keyset SQL over JDBC)");
        for (Map.Entry<String, String> e : SORTABLE.entrySet()) {
            for (Sort.Direction d : Sort.Direction.values()) {
                String column = e.getValue();
                String order = column + " " + d + ", id " + d;
                long boundary = jdbc.queryForObject(
                        "SELECT id " + LIVE + " ORDER BY " + order + " LIMIT 1 OFFSET " + (page * 50 - 1),
                        Long.class,
                        tenant);
                Object value =
                        jdbc.queryForObject("SELECT " + column + " FROM customer WHERE id = ?", Object.class, boundary);
                String past = d.isAscending() ? ">" : "<";
                // What one would write by hand: a row-value comparison; past a boundary without a value, the other
                // rows without one (PostgreSQL sorts them last), then in descending order every row with one.
                String where = column.equals("id")
                        ? " AND id " + past + " ?"
                        : value != null
                                ? " AND (" + column + ", id) " + past + " (?, ?)"
                                : " AND (" + column + " IS NULL AND id " + past + " ?"
                                        + (d.isAscending() ? ")" : " OR " + column + " IS NOT NULL)");
                String sql = "SELECT * " + LIVE + where + " ORDER BY " + order + " LIMIT 50";
                Object[] args = column.equals("id") || value == null
                        ? new Object[] {tenant, boundary}
                        : new Object[] {tenant, value, boundary};
                Sort sort = Sort.by(d, e.getKey());
                Timing ours = Timing.of(() -> customers
                        .list(CustomerFilter.empty(), Seek.after(page, 50, sort, boundary))
                        .size());
                Timing raw = Timing.of(() -> jdbc.queryForList(sql, args).size());
                Timing.row(
                        e.getKey() + " " + d.name().toLowerCase(Locale.ROOT),
                        ours,
                        raw,
                        String.format(
                                "server p95 %.1f ms (<= 10), <= 1.2x%s",
                                ours.p95(), value == null ? "; boundary without a value" : ""));
            }
        }
    }

    /** "index scan" when the plan reads the index in order, else the node that sorts. */
    private String plan(String sql) {
        if (!postgres) {
            return "";
        }
        List<String> lines = jdbc.queryForList("EXPLAIN " + sql, String.class, tenant);
        return lines.stream()
                .map(String::strip)
                .filter(l -> l.matches("(->\\s*)?(Incremental )?Sort.*"))
                .findFirst()
                .map(l -> "PLAN SORTS: " + l.replaceFirst("->\\s*", "").replaceAll("\\s*\\(cost.*", ""))
                .orElse("no sort (index order)");
    }

    private void exports() throws Exception {
        Timing.header(String.format("Exports of all %,d live customers (one run each)", live));
        List<String> columns = List.of("id", "name", "email", "phone", "status", "createdAt");
        CustomerSelection everyone = CustomerSelection.allMatching(CustomerFilter.empty());
        Path csv = Files.createTempFile("bench", ".csv");
        Path copy = Files.createTempFile("bench-copy", ".csv");
        Path xlsx = Files.createTempFile("bench", ".xlsx");
        try {
            Timing ours = once(() -> run(export.start(
                    everyone,
                    ExportFormat.CSV,
                    columns,
                    Sort.by("id"),
                    Locale.ENGLISH,
                    ZoneId.systemDefault(),
                    csv,
                    p -> {})));
            Timing baseline = !postgres
                    ? ours
                    : once(() -> jdbc.execute((java.sql.Connection c) -> {
                        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(copy))) {
                            return c.unwrap(PGConnection.class)
                                    .getCopyAPI()
                                    .copyOut(
                                            "COPY (SELECT " + EXPORT_COLUMNS + " FROM "
                                                    + "customer WHERE tenant_id = " + tenant
                                                    + " AND deleted_at IS NULL ORDER BY id) TO STDOUT "
                                                    + "WITH (FORMAT csv, HEADER)",
                                            out);
                        } catch (java.io.IOException ex) {
                            throw new java.io.UncheckedIOException(ex);
                        }
                    }));
            Timing.row(
                    String.format(
                            "CSV (%,d MB) vs COPY TO STDOUT (%,d MB)", Files.size(csv) >> 20, Files.size(copy) >> 20),
                    ours,
                    baseline,
                    postgres ? "<= 2x of COPY (psql \\copy)" : "no COPY baseline on H2");

            Timing[] x = new Timing[1];
            long growth = LiveHeap.growth(
                    () -> x[0] = once(() -> run(export.start(
                            everyone,
                            ExportFormat.XLSX,
                            columns,
                            Sort.by("id"),
                            Locale.ENGLISH,
                            ZoneId.systemDefault(),
                            xlsx,
                            p -> {}))),
                    Duration.ofSeconds(1));
            System.out.printf(
                    "%-44s %9.1f %9s %9s %9s %9s  live heap growth %,d MB (<= 256 MB), file %,d MB%n",
                    "XLSX (SXSSF)", x[0].median(), "", "", "", "", growth >> 20, Files.size(xlsx) >> 20);
        } finally {
            Files.deleteIfExists(csv);
            Files.deleteIfExists(copy);
            Files.deleteIfExists(xlsx);
        }
    }

    /** Blocks the oldest 100,000 customers through "select all matching" and the bulk job, then puts them back. */
    private void bulkBlock() {
        Timing.header(
                "Bulk block of the oldest ~100,000 (a tenth of smaller sets) by \"select all matching\" (baseline: one UPDATE statement)");
        Timestamp cut = jdbc.queryForObject(
                "SELECT created_at " + LIVE + " ORDER BY created_at, id LIMIT 1 OFFSET ?",
                Timestamp.class,
                tenant,
                Math.min(100_000, live / 10));
        LocalDate lastDay =
                cut.toInstant().atZone(ZoneId.systemDefault()).toLocalDate().minusDays(1);
        Timestamp until = Timestamp.from(
                lastDay.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant());
        CustomerFilter oldest = CustomerFilter.empty().withCreated(null, lastDay);
        long matching = customers.count(oldest);
        // Blocked customers are kept out so both runs change the same rows; the baseline undoes its own change.
        jdbc.update(
                "UPDATE customer SET status_before_block = NULL WHERE tenant_id = ? AND status_before_block IS NOT NULL",
                tenant);
        String rows = " WHERE tenant_id = ? AND deleted_at IS NULL AND created_at < ? AND status <> 'BLOCKED'";
        Timing baseline = once(() -> jdbc.update(
                "UPDATE customer SET status_before_block = status, status = 'BLOCKED'" + rows, tenant, until));
        restoreBlocked();
        BulkJobService.Progress[] done = new BulkJobService.Progress[1];
        Timing ours = once(() -> done[0] = run(bulk.block(CustomerSelection.allMatching(oldest), p -> {})));
        Timing.row(
                String.format("block %,d matching (%,d changed)", matching, done[0].affected()),
                ours,
                baseline,
                "<= 3x, audited: "
                        + jdbc.queryForObject(
                                "SELECT count(*) FROM audit_event WHERE entity_type = 'BULK_JOB' "
                                        + "AND entity_id = ?",
                                Long.class,
                                done[0].jobId())
                        + " event, job " + done[0].status());
        restoreBlocked();
    }

    /** Puts customers a block changed back to the status it found. */
    private void restoreBlocked() {
        jdbc.update(
                "UPDATE customer SET status = status_before_block, status_before_block = NULL WHERE tenant_id = ? "
                        + "AND status_before_block IS NOT NULL",
                tenant);
    }

    private static BulkJobService.Progress run(BulkJobService.Handle job) {
        BulkJobService.Progress p = job.await(Duration.ofHours(1));
        if (p.status() != BulkJob.Status.DONE) {
            throw new IllegalStateException("Job ended " + p.status() + ": " + p.detail());
        }
        return p;
    }

    private static Timing once(java.util.function.Supplier<Object> work) {
        return Timing.of(work, 0, 1);
    }
}
