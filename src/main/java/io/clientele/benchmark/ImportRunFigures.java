package io.clientele.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import io.clientele.importing.ImportField;
import io.clientele.importing.ImportPreview;
import io.clientele.importing.ImportRun;
import io.clientele.security.SystemAuthentication;
import io.clientele.tenant.TenantService;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An import of a CSV of new customers into an empty tenant as the import job writes it (staged: checked by the form's
 * rules a chunk at a time, COPY into a staging table, one INSERT … SELECT per chunk), against PostgreSQL's COPY of
 * the same file into a plain table with the same columns — what {@code psql \copy} does, through the driver's
 * CopyManager in the same run — and against the floor of any import: those rows inserted into the customer table.
 */
final class ImportRunFigures {
    private static final List<ImportField> MAPPING = List.of(
            ImportField.FIRST_NAME, ImportField.LAST_NAME, ImportField.EMAIL, ImportField.PHONE, ImportField.STATUS);

    private final ImportRun run;
    private final TenantService tenants;
    private final JdbcTemplate jdbc;

    ImportRunFigures(ImportRun run, TenantService tenants, JdbcTemplate jdbc) {
        this.run = run;
        this.tenants = tenants;
        this.jdbc = jdbc;
    }

    void run(int rows) throws Exception {
        Path file = Files.createTempFile("bench-import", ".csv");
        try {
            write(file, rows);
            Timing.header(String.format(
                    "Import: a CSV of %,d new customers (%,d KB) into an empty tenant (baseline: COPY of the file"
                            + " into a plain table)",
                    rows, Files.size(file) >> 10));
            long tenant = tenants.createIfMissing("Import benchmark " + System.currentTimeMillis(), "NO")
                    .getId();
            long took = time(tenant, file, MAPPING);
            Integer imported =
                    jdbc.queryForObject("SELECT count(*) FROM customer WHERE tenant_id = ?", Integer.class, tenant);
            long[] copy = copy(file);
            double seconds = took / 1e9;
            System.out.printf(
                    "%-44s %9.1f s for %,d rows (%,.0f rows/s); COPY %.2f s (%,.0f rows/s): %.0fx (target <= 3x)%n",
                    "import job (staged, checked in chunks)",
                    seconds,
                    imported,
                    imported / seconds,
                    copy[0] / 1e9,
                    rows / (copy[0] / 1e9),
                    took / (double) copy[0]);
            System.out.printf(
                    "%-44s %9.1f s (%,.0f rows/s): the job takes %.1fx the customer table's own insert%n",
                    "floor: the copied rows INSERTed into customer",
                    copy[1] / 1e9,
                    rows / (copy[1] / 1e9),
                    took / (double) copy[1]);
            intoCustomers(tenant, rows, Math.min(2_000, rows / 10));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * A file of {@code rows} into the tenant that now has {@code customers}: one row in ten updates one of them, the
     * rest are new, each looked up for its match and likeness first. Written staged (new rows a chunk at a time), then
     * a file like it row by row (an empty address column makes an import go row by row), in the same run.
     */
    private void intoCustomers(long tenant, int customers, int rows) throws Exception {
        Timing.header(String.format(
                "Import: a CSV of %,d rows (one in ten an update) into a tenant with %,d customers", rows, customers));
        Path staged = Files.createTempFile("bench-import", ".csv");
        Path rowByRow = Files.createTempFile("bench-import", ".csv");
        try {
            writeMixed(staged, rows, customers, 0, false);
            writeMixed(rowByRow, rows, customers, rows, true);
            long fast = time(tenant, staged, MAPPING);
            List<ImportField> withAddress = new java.util.ArrayList<>(MAPPING);
            withAddress.add(ImportField.ADDRESS);
            long slow = time(tenant, rowByRow, withAddress);
            System.out.printf(
                    "%-44s %9.1f s (%,.0f rows/s); row by row %.1f s (%,.0f rows/s): %.1fx faster%n",
                    "import job (new rows staged)",
                    fast / 1e9,
                    rows / (fast / 1e9),
                    slow / 1e9,
                    rows / (slow / 1e9),
                    slow / (double) fast);
        } finally {
            Files.deleteIfExists(staged);
            Files.deleteIfExists(rowByRow);
        }
    }

    /** Runs an import of {@code file} into {@code tenant} as its system user; answers the nanoseconds it took. */
    private long time(long tenant, Path file, List<ImportField> mapping) {
        long[] took = new long[1];
        SystemAuthentication.run(tenant, () -> {
            long start = System.nanoTime();
            try {
                run.start(
                                new ImportRun.Request(
                                        file,
                                        "bench.csv",
                                        StandardCharsets.UTF_8,
                                        mapping,
                                        new ImportRun.Options(
                                                ImportPreview.MatchBy.EMAIL,
                                                true,
                                                ImportRun.OnError.IMPORT_VALID,
                                                ImportRun.OnDuplicate.CREATE),
                                        Locale.ENGLISH),
                                p -> {})
                        .job()
                        .await(Duration.ofHours(2));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            took[0] = System.nanoTime() - start;
        });
        return took[0];
    }

    /**
     * COPY FROM STDIN of the file into a fresh table of five text columns, as psql's \copy sends it; then, as the
     * floor any import into Clientele meets, one INSERT … SELECT of those rows into the customer table with its
     * indexes (rolled back). Answers both times.
     */
    private long[] copy(Path file) throws Exception {
        DataSource ds = jdbc.getDataSource();
        try (Connection c = ((HikariDataSource) ds).getConnection();
                Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            c.createStatement().execute("DROP TABLE IF EXISTS bench_import_copy");
            c.createStatement()
                    .execute("CREATE TABLE bench_import_copy (first_name text, last_name text, email text, phone text,"
                            + " status text)");
            long start = System.nanoTime();
            c.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY bench_import_copy FROM STDIN WITH (FORMAT csv, HEADER true)", in);
            long copied = System.nanoTime() - start;
            long tenant = tenants.createIfMissing("Import floor " + System.currentTimeMillis(), "NO")
                    .getId();
            c.setAutoCommit(false);
            start = System.nanoTime();
            c.createStatement()
                    .execute("INSERT INTO customer (tenant_id, version, type, status, first_name, last_name,"
                            + " display_name, email, phone, phone_digits, source, all_teams, teams_label, has_avatar,"
                            + " allow_shared_billing, created_at, updated_at) SELECT " + tenant + ", 0, 'INDIVIDUAL',"
                            + " upper(status), first_name, last_name, first_name || ' ' || last_name, email, phone,"
                            + " regexp_replace(phone, '\\D', '', 'g'), 'IMPORT', true, '', false, false, now(), now()"
                            + " FROM bench_import_copy");
            long inserted = System.nanoTime() - start;
            c.rollback();
            c.setAutoCommit(true);
            c.createStatement().execute("DROP TABLE bench_import_copy");
            return new long[] {copied, inserted};
        }
    }

    /**
     * Every tenth row names an existing customer of {@link #write}'s file by e-mail (and pends it); the others are new
     * customers numbered from {@code from}.
     */
    private static void writeMixed(Path file, int rows, int customers, int from, boolean address) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("First name,Last name,Email,Phone,Status" + (address ? ",Address" : "") + "\n");
            for (int r = 1; r <= rows; r++) {
                int n = from + r;
                out.write(
                        r % 10 == 0
                                ? "Kari" + (1 + n % customers) % 97 + ",Importert" + (1 + n % customers) + ",kari"
                                        + (1 + n % customers) + "@import.example,,Pending"
                                : "Nora" + n % 89 + ",Ny" + n + ",nora" + n + "@import.example,+47 4"
                                        + String.format("%07d", n) + ",Active");
                out.write(address ? ",\n" : "\n");
            }
        }
    }

    private static void write(Path file, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("First name,Last name,Email,Phone,Status\n");
            for (int r = 1; r <= rows; r++) {
                out.write("Kari" + r % 97 + ",Importert" + r + ",kari" + r + "@import.example,+47 9"
                        + String.format("%07d", r) + "," + (r % 10 == 0 ? "Pending" : "Active") + "\n");
            }
        }
    }
}
