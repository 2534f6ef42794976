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
 * An import of a CSV of new customers into an empty tenant, row by row as the import job writes them (each through
 * the customer service: checked, audited, sent to webhooks), against PostgreSQL's COPY of the same file into a plain
 * table with the same columns — what {@code psql \copy} does, through the driver's CopyManager in the same run.
 */
final class ImportRunFigures {
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
            long[] took = new long[1];
            SystemAuthentication.run(tenant, () -> {
                long start = System.nanoTime();
                try {
                    run.start(
                                    new ImportRun.Request(
                                            file,
                                            "bench.csv",
                                            StandardCharsets.UTF_8,
                                            List.of(
                                                    ImportField.FIRST_NAME,
                                                    ImportField.LAST_NAME,
                                                    ImportField.EMAIL,
                                                    ImportField.PHONE,
                                                    ImportField.STATUS),
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
            Integer imported =
                    jdbc.queryForObject("SELECT count(*) FROM customer WHERE tenant_id = ?", Integer.class, tenant);
            long copy = copy(file);
            double seconds = took[0] / 1e9;
            System.out.printf(
                    "%-44s %9.1f s for %,d rows (%,.0f rows/s); COPY %.2f s (%,.0f rows/s): %.0fx (target <= 3x)%n",
                    "import job, every row through the service",
                    seconds,
                    imported,
                    imported / seconds,
                    copy / 1e9,
                    rows / (copy / 1e9),
                    took[0] / (double) copy);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** COPY FROM STDIN of the file into a fresh table of five text columns, as psql's \copy sends it. */
    private long copy(Path file) throws Exception {
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
            long took = System.nanoTime() - start;
            c.createStatement().execute("DROP TABLE bench_import_copy");
            return took;
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
