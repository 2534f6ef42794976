package io.clientele.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.DatabaseTest;
import io.clientele.audit.AuditEvent;
import io.clientele.audit.AuditEvents;
import io.clientele.bulk.BulkJob;
import io.clientele.bulk.BulkJobService;
import io.clientele.customer.CustomerFilter;
import io.clientele.customer.CustomerRow;
import io.clientele.customer.CustomerStatus;
import io.clientele.customer.GroupService;
import io.clientele.importing.ImportPreview.MatchBy;
import io.clientele.importing.ImportRun.OnDuplicate;
import io.clientele.importing.ImportRun.OnError;
import io.clientele.security.Role;
import io.clientele.security.UserAccount;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * An import runs as a bulk job: new rows become customers, matched rows update theirs, possible duplicates and bad
 * rows are handled as asked, and the bad rows come back in a report that can be fixed and imported again.
 */
class ImportRunTest extends DatabaseTest {
    @TempDir
    Path dir;

    @Autowired
    ImportRun run;

    @Autowired
    GroupService groups;

    @Autowired
    ApplicationContext ctx;

    @Autowired
    ImportHistory history;

    @Autowired
    ImportMappings mappings;

    private static final List<ImportField> MAPPING = List.of(
            ImportField.FIRST_NAME, ImportField.LAST_NAME, ImportField.EMAIL, ImportField.PHONE, ImportField.GROUPS);

    private static final String FILE = """
            First name,Last name,Email,Phone,Groups
            Per,Hansen,per@example.no,,VIP
            Kathrine,Nordby,kathrine@example.no,+47 912 34 567,
            Kari,Nordmann-Berg,kari@example.no,,
            Ola,Olsen,not-an-email,,
            Siri,Strand,siri@example.no,,
            """;

    @Test
    void validRowsAreWrittenBadOnesReportedAndTheJobAuditedOnce() throws Exception {
        long tenant = data.tenant();
        UserAccount admin = data.staff(tenant, Role.ADMIN);
        data.loginAs(admin);
        long kari =
                data.customer(tenant, "Kari", "Nordmann", "kari@example.no", "+47 912 34 567", CustomerStatus.ACTIVE);
        groups.create("VIP");

        ImportRun.Started started =
                start(new ImportRun.Options(MatchBy.EMAIL, true, OnError.IMPORT_VALID, OnDuplicate.SKIP));
        BulkJobService.Progress done = started.job().await(Duration.ofSeconds(30));

        assertThat(done.status()).isEqualTo(BulkJob.Status.DONE);
        assertThat(ImportRun.Outcome.of(done.detail())).isEqualTo(new ImportRun.Outcome(2, 1, 1, 1));
        assertThat(names()).containsExactly("Kari Nordmann-Berg", "Per Hansen", "Siri Strand");
        CustomerRow per = customers
                .list(CustomerFilter.empty().withSearch("per@"), PageRequest.of(0, 1))
                .getFirst();
        assertThat(per.groups()).containsExactly("VIP");
        assertThat(customers.details(kari).orElseThrow().row().phone())
                .as("the file's empty phone cell")
                .isNull();

        List<CSVRecord> failed = read(history.report(started.importId()).orElseThrow());
        assertThat(failed.getFirst().toList())
                .containsExactly("First name", "Last name", "Email", "Phone", "Groups", "Errors");
        assertThat(failed).hasSize(2);
        assertThat(failed.get(1).toList())
                .containsExactly(
                        "Ola", "Olsen", "not-an-email", "", "", "Enter a valid email address, e.g. name@example.com");

        List<AuditEvent> jobEvents = AuditEvents.byActor(ctx, admin.getEmail(), 50).stream()
                .filter(e -> e.getAction().equals("CUSTOMERS_IMPORTED"))
                .toList();
        assertThat(jobEvents).hasSize(1);

        ImportHistory.Entry entry = history.find(started.importId()).orElseThrow();
        assertThat(entry.fileName()).isEqualTo("customers.csv");
        assertThat(entry.startedBy()).isEqualTo(admin.getEmail());
        assertThat(entry.state()).isEqualTo(ImportHistory.State.DONE);
        List<String> sameColumns = List.of("first name", "Last Name ", "Email", "Phone", "Groups");
        assertThat(mappings.remembered(sameColumns, ImportField.Records.CUSTOMERS))
                .as("offered for the next file with these columns, case and spaces aside")
                .contains(new ImportMappings.Remembered(MAPPING, MatchBy.EMAIL));
        assertThat(mappings.remembered(sameColumns, ImportField.Records.ORGANIZATIONS))
                .as("not for a file of organizations with these columns")
                .isEmpty();
        assertThat(mappings.remembered(
                        List.of("First name", "Email", "Last name", "Phone", "Groups"), ImportField.Records.CUSTOMERS))
                .as("other columns")
                .isEmpty();
    }

    @Test
    void stoppingAtTheFirstErrorLeavesTheRowsAfterItAndDuplicatesCanBeCreated() throws Exception {
        long tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.ADMIN));
        data.customer(tenant, "Kari", "Nordmann", "kari@example.no", "+47 912 34 567", CustomerStatus.ACTIVE);
        groups.create("VIP");

        BulkJobService.Progress done = start(
                        new ImportRun.Options(MatchBy.EMAIL, false, OnError.STOP, OnDuplicate.CREATE))
                .job()
                .await(Duration.ofSeconds(30));

        assertThat(ImportRun.Outcome.of(done.detail())).isEqualTo(new ImportRun.Outcome(2, 0, 1, 1));
        assertThat(names())
                .as("Kathrine created though she may be Kari, Kari kept as she was, Siri never reached")
                .containsExactly("Kari Nordmann", "Kathrine Nordby", "Per Hansen");
        assertThat(done.done()).as("rows read").isEqualTo(4);
    }

    private ImportRun.Started start(ImportRun.Options options) throws IOException {
        Path file = Files.writeString(dir.resolve("customers.csv"), FILE, StandardCharsets.UTF_8);
        return run.start(new ImportRun.Request(file, "customers.csv", null, MAPPING, options, Locale.ENGLISH), p -> {});
    }

    private List<String> names() {
        return customers.list(CustomerFilter.empty(), PageRequest.of(0, 10, Sort.by("displayName"))).stream()
                .map(CustomerRow::displayName)
                .toList();
    }

    private static List<CSVRecord> read(byte[] file) throws IOException {
        String text = new String(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }
}
