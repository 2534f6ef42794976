package io.clientele.importing;

import static io.clientele.importing.ImportPreview.Disposition.CREATE;
import static io.clientele.importing.ImportPreview.Disposition.ERROR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.clientele.audit.AuditEvents;
import io.clientele.bulk.BulkJob;
import io.clientele.bulk.BulkJobService;
import io.clientele.customer.CustomerFilter;
import io.clientele.customer.CustomerRow;
import io.clientele.customer.CustomerSource;
import io.clientele.customer.CustomerStaging;
import io.clientele.customer.CustomerStatus;
import io.clientele.customer.CustomerType;
import io.clientele.importing.ImportPreview.MatchBy;
import io.clientele.importing.ImportRun.OnDuplicate;
import io.clientele.importing.ImportRun.OnError;
import io.clientele.security.Role;
import io.clientele.security.UserAccount;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A file of customers matched by e-mail: its new customers are checked a chunk at a time (into a tenant with none,
 * with no statement per row), and on PostgreSQL written set-based (staged with COPY, inserted in one statement per
 * chunk); what the user sees is what row by row gives on H2 — the same preview, the same customers, the same report in
 * the file's order, the same Undo.
 */
class StagedImportTest extends ImportTest {
    @Autowired
    ImportPreview preview;

    @Autowired
    ApplicationContext ctx;

    @Autowired
    ImportStages stages;

    @Autowired
    CustomerStaging staging;

    @Autowired
    JdbcTemplate jdbc;

    private static final List<ImportField> MAPPING =
            List.of(ImportField.NAME, ImportField.EMAIL, ImportField.PHONE, ImportField.TYPE, ImportField.STATUS);

    /** Rows 3 (a bad phone number, the form's rule) and 4 (an e-mail twice, the file's own) fail. */
    private static final String FILE = "Name,Email,Phone,Type,Status\n"
            + "Kari Nordmann,kari@example.no,912 34 567,,Active\n"
            + "Fjord Regnskap AS,post@fjord.no,,Business,\n"
            + "Ola Olsen,ola@example.no,12,,\n"
            + "Per Hansen,KARI@example.no,,,\n"
            + "\"Anne\\Lise\tBerg\",anne@example.no,,,Pending\n"
            + "Siri Strand,,+47 40 00 00 00,,Inactive\n";

    @Test
    void newCustomersAreWrittenAndReportedAsRowByRowAndUndoTrashesThem() throws Exception {
        long tenant = data.tenant();
        UserAccount admin = data.staff(tenant, Role.ADMIN);
        data.loginAs(admin);

        ImportRun.Started started = start(OnError.IMPORT_VALID);
        BulkJobService.Progress done = started.job().await(Duration.ofSeconds(30));

        assertThat(done.status()).isEqualTo(BulkJob.Status.DONE);
        assertThat(ImportRun.Outcome.of(done.detail())).isEqualTo(new ImportRun.Outcome(4, 0, 0, 2));
        assertThat(done.done()).as("rows read").isEqualTo(6);
        List<CustomerRow> rows = rows();
        assertThat(rows)
                .extracting(CustomerRow::displayName)
                .containsExactly("Anne\\Lise\tBerg", "Fjord Regnskap AS", "Kari Nordmann", "Siri Strand");
        CustomerRow kari = rows.get(2);
        assertThat(kari.phone()).as("stored as the form stores it").isEqualTo("+47 91 23 45 67");
        assertThat(kari.status()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(rows.get(1).type()).isEqualTo(CustomerType.BUSINESS);
        assertThat(rows.get(0).status()).isEqualTo(CustomerStatus.PENDING);
        assertThat(rows.get(3).phone()).isEqualTo("+47 40 00 00 00");
        assertThat(customers.details(kari.id()).orElseThrow().source()).isEqualTo(CustomerSource.IMPORT);
        assertThat(customers.count(CustomerFilter.empty()))
                .as("the list's total")
                .isEqualTo(4);

        List<CSVRecord> report = read(history.report(started.importId()).orElseThrow());
        assertThat(report).extracting(r -> r.get(0)).containsExactly("Name", "Ola Olsen", "Per Hansen");
        assertThat(report.get(1).get(5)).isEqualTo("Not a valid phone number. Use e.g. +47 912 34 567");
        assertThat(report.get(2).get(5)).isEqualTo("An earlier row of the file names KARI@example.no too.");
        assertThat(AuditEvents.byActor(ctx, admin.getEmail(), 50))
                .filteredOn(e -> e.getAction().equals("CUSTOMERS_IMPORTED"))
                .hasSize(1);

        history.undo(started.importId(), p -> {}).await(Duration.ofSeconds(30));
        assertThat(customers.count(CustomerFilter.empty()))
                .as("all four in the Trash")
                .isZero();
    }

    @Test
    void thePreviewSaysWhatTheImportWillDo() throws Exception {
        data.loginAs(data.staff(data.tenant(), Role.ADMIN));
        List<ImportPreview.Line> lines = new ArrayList<>();

        ImportPreview.Counts counts;
        try (ImportTable table =
                ImportTable.open(Files.writeString(dir.resolve("new.csv"), FILE, StandardCharsets.UTF_8), null)) {
            counts = preview.preview(table, MAPPING, MatchBy.EMAIL, lines::add);
        }

        assertThat(counts).isEqualTo(new ImportPreview.Counts(4, 0, 0, 2));
        assertThat(lines)
                .extracting(ImportPreview.Line::disposition)
                .containsExactly(CREATE, CREATE, ERROR, ERROR, CREATE, CREATE);
        assertThat(lines.get(2).errors()).extracting(Throwable::getMessage).containsExactly("customer.phone-invalid");
        assertThat(lines.get(3).errors()).extracting(Throwable::getMessage).containsExactly("import.twice-in-file");
    }

    @Test
    void stoppingAtTheFirstErrorWritesTheRowsBeforeIt() throws Exception {
        data.loginAs(data.staff(data.tenant(), Role.ADMIN));

        BulkJobService.Progress done = start(OnError.STOP).job().await(Duration.ofSeconds(30));

        assertThat(ImportRun.Outcome.of(done.detail())).isEqualTo(new ImportRun.Outcome(2, 0, 0, 1));
        assertThat(rows()).extracting(CustomerRow::displayName).containsExactly("Fjord Regnskap AS", "Kari Nordmann");
        assertThat(done.done()).as("rows read").isEqualTo(3);
    }

    /**
     * Three chunks, each checked while the one before is stored: every row is written once, and the report lists the
     * failed rows of all three in the file's order.
     */
    @Test
    void aFileOfManyChunksIsWrittenWholeAndReportedInItsOrder() throws Exception {
        data.loginAs(data.staff(data.tenant(), Role.ADMIN));
        int chunk = preview.chunkRows();
        int rows = 2 * chunk + 3;
        StringBuilder file = new StringBuilder("Name,Email,Phone\n");
        for (int i = 1; i <= rows; i++) {
            String phone = i == 2 || i == chunk + 2 ? "12" : "";
            String email = i == rows ? "p1@example.no" : "p" + i + "@example.no";
            file.append("Person ")
                    .append(i)
                    .append(',')
                    .append(email)
                    .append(',')
                    .append(phone)
                    .append('\n');
        }

        Instant before = analyzed();
        ImportRun.Started started = start(
                file.toString(),
                List.of(ImportField.NAME, ImportField.EMAIL, ImportField.PHONE),
                OnError.IMPORT_VALID,
                OnDuplicate.SKIP);
        BulkJobService.Progress done = started.job().await(Duration.ofSeconds(30));

        assertThat(ImportRun.Outcome.of(done.detail())).isEqualTo(new ImportRun.Outcome(rows - 3, 0, 0, 3));
        if (staging.available()) {
            // A chunk or more of new customers: the planner learns of them before the next duplicate check.
            assertThat(analyzed())
                    .as("the customer table's statistics refreshed")
                    .isAfter(before);
        }
        assertThat(done.done()).as("rows read").isEqualTo(rows);
        assertThat(customers.count(CustomerFilter.empty())).isEqualTo(rows - 3);
        assertThat(read(history.report(started.importId()).orElseThrow()))
                .extracting(r -> r.get(0))
                .containsExactly("Name", "Person 2", "Person " + (chunk + 2), "Person " + rows);
    }

    /**
     * Into a tenant with customers, across chunks: the new rows are written with their chunk, a row matching a
     * customer's e-mail updates it and a possible duplicate is skipped, each as row by row writes them, and Undo puts
     * the tenant back.
     */
    @Test
    void intoATenantWithCustomersNewRowsUpdatesAndDuplicatesAreEachWrittenAsRowByRow() throws Exception {
        long tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.ADMIN));
        data.customer(tenant, "Kari", "Nordmann", "kari@example.no", null, CustomerStatus.ACTIVE);
        data.customer(tenant, "Ola", "Olsen", null, "+47 400 00 001", CustomerStatus.ACTIVE);

        ImportRun.Started started = start(
                """
                Name,Email,Phone
                Kari Nordmann-Berg,kari@example.no,
                Per Hansen,per@example.no,
                Ola Olsen,ola@example.no,+47 400 00 001
                Bad Phone,bad@example.no,12
                Siri Strand,siri@example.no,
                Tor Berg,tor@example.no,
                """,
                List.of(ImportField.NAME, ImportField.EMAIL, ImportField.PHONE),
                OnError.IMPORT_VALID,
                OnDuplicate.SKIP);
        BulkJobService.Progress done = started.job().await(Duration.ofSeconds(30));

        assertThat(ImportRun.Outcome.of(done.detail())).isEqualTo(new ImportRun.Outcome(3, 1, 1, 1));
        assertThat(done.done()).as("rows read").isEqualTo(6);
        assertThat(rows())
                .extracting(CustomerRow::displayName, CustomerRow::email)
                .containsExactly(
                        tuple("Kari Nordmann-Berg", "kari@example.no"),
                        tuple("Ola Olsen", null),
                        tuple("Per Hansen", "per@example.no"),
                        tuple("Siri Strand", "siri@example.no"),
                        tuple("Tor Berg", "tor@example.no"));
        assertThat(read(history.report(started.importId()).orElseThrow()))
                .extracting(r -> r.get(0))
                .containsExactly("Name", "Bad Phone");

        BulkJobService.Progress undone =
                history.undo(started.importId(), p -> {}).await(Duration.ofSeconds(30));
        assertThat(ImportHistory.Undone.of(undone.detail())).isEqualTo(new ImportHistory.Undone(3, 1, 0));
        assertThat(rows()).extracting(CustomerRow::displayName).containsExactly("Kari Nordmann", "Ola Olsen");
    }

    @Test
    void aStagingTableLeftByAnEndedImportIsDroppedAndOneInUseKept() throws Exception {
        UserAccount admin = data.staff(data.tenant(), Role.ADMIN);
        data.loginAs(admin);
        ImportRun.Started done = start(OnError.IMPORT_VALID);
        done.job().await(Duration.ofSeconds(30));
        long ended = done.importId();
        long running = history.begin("next.csv", ImportField.Records.CUSTOMERS);
        // What a node killed mid-import leaves, and what a running import has.
        jdbc.execute("CREATE TABLE customer_stage_" + ended + " (id bigint)");
        jdbc.execute("CREATE TABLE customer_stage_" + running + " (id bigint)");

        // On its schedule, with no one signed in.
        SecurityContextHolder.clearContext();
        stages.dropLeftovers();

        assertThat(staging.keys()).contains(running).doesNotContain(ended);
        data.loginAs(admin);
        staging.drop(running);
        history.ended(running, null);
    }

    private ImportRun.Started start(OnError onError) throws IOException {
        return start(FILE, MAPPING, onError, OnDuplicate.SKIP);
    }

    /** When the customer table's statistics were last gathered by ANALYZE (PostgreSQL). */
    private Instant analyzed() {
        if (!staging.available()) {
            return Instant.EPOCH;
        }
        Timestamp at = jdbc.queryForObject(
                "SELECT coalesce(last_analyze, 'epoch') FROM pg_stat_user_tables WHERE relname = 'customer'",
                Timestamp.class);
        return at.toInstant();
    }

    private List<CustomerRow> rows() {
        return customers.list(CustomerFilter.empty(), PageRequest.of(0, 10, Sort.by("displayName")));
    }

    private static List<CSVRecord> read(byte[] file) throws IOException {
        String text = new String(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }
}
