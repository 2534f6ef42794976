package io.clientele.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.DatabaseTest;
import io.clientele.bulk.BulkJobService;
import io.clientele.bulk.ExportFormat;
import io.clientele.customer.ConsentField;
import io.clientele.customer.CustomerExport;
import io.clientele.customer.CustomerFilter;
import io.clientele.customer.CustomerSelection;
import io.clientele.customer.CustomerStatus;
import io.clientele.security.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;

/**
 * A file exported from the Customers list, in English or Norwegian, reads back with every column mapped; and each
 * format that carries the customers' fields (CSV, XLSX, ODS, vCard) exported, imported into an empty tenant and
 * exported again gives the same records, field by field.
 */
class ImportRoundTripTest extends DatabaseTest {
    private static final List<String> COLUMNS =
            List.of("id", "name", "firstName", "lastName", "email", "phone", "status", "type", "teams", "groups");

    @Autowired
    CustomerExport export;

    @Test
    void anExportMapsItselfAndReadsBackItsRows() throws Exception {
        long tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.ADMIN));
        data.customer(tenant, "Åse", "Ødegård", "ase@example.no", "+47 912 34 567", CustomerStatus.ACTIVE);
        data.customer(tenant, "=cmd", "Formula", "f@example.no", null, CustomerStatus.PENDING);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nb")))
            for (ExportFormat format : List.of(ExportFormat.CSV, ExportFormat.XLSX)) {
                Path file = Files.createTempFile("export", "." + format.extension());
                BulkJobService.Progress done = export.start(
                                CustomerSelection.allMatching(CustomerFilter.empty()),
                                format,
                                COLUMNS,
                                Sort.by("id"),
                                locale,
                                ZoneId.of("Europe/Oslo"),
                                file,
                                p -> {})
                        .await(Duration.ofSeconds(30));
                assertThat(done.done()).isEqualTo(2);
                try (ImportTable table = ImportTable.open(file, null)) {
                    assertThat(ImportMapping.suggest(table.header()))
                            .as(locale + " " + format + ": " + table.header())
                            .containsExactly(
                                    ImportField.CUSTOMER_ID,
                                    ImportField.NAME,
                                    ImportField.FIRST_NAME,
                                    ImportField.LAST_NAME,
                                    ImportField.EMAIL,
                                    ImportField.PHONE,
                                    ImportField.STATUS,
                                    ImportField.TYPE,
                                    ImportField.TEAMS,
                                    ImportField.GROUPS);
                    List<List<String>> rows = new ArrayList<>();
                    for (ImportTable.Row r = table.next(); r != null; r = table.next()) {
                        rows.add(r.fields());
                    }
                    // A CSV keeps the formula guard as text; a spreadsheet cell holds the text as stored.
                    assertThat(rows)
                            .extracting(r -> ImportPreview.text(r.get(2)))
                            .containsExactly("Åse", "=cmd");
                    assertThat(rows).extracting(r -> r.get(4)).containsExactly("ase@example.no", "f@example.no");
                } finally {
                    Files.delete(file);
                }
            }
    }

    @Test
    void eachFormatExportedImportsIntoAnEmptyTenantAndExportsTheSameRecords() throws Exception {
        long source = data.tenant();
        // Teams are the owner's to make.
        data.loginAs(data.staff(source, Role.OWNER));
        people(source);
        for (ExportFormat format : List.of(ExportFormat.CSV, ExportFormat.XLSX, ExportFormat.ODS, ExportFormat.VCARD)) {
            data.loginAs(data.staff(source, Role.ADMIN));
            Path first = export(format);
            long empty = data.tenant();
            data.loginAs(data.staff(empty, Role.OWNER));
            teams.create("Oslo");
            groups.create("VIP");
            consents.create("Newsletter");
            data.loginAs(data.staff(empty, Role.ADMIN));
            try (ImportTable table = ImportTable.open(first, null)) {
                Path copy = Files.copy(
                        first,
                        Files.createTempFile("import", "." + format.extension()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                BulkJobService.Progress done = run.start(
                                new ImportRun.Request(
                                        copy,
                                        "customers." + format.extension(),
                                        null,
                                        mappings.offered(table.header(), ImportField.Records.CUSTOMERS)
                                                .fields(),
                                        new ImportRun.Options(
                                                ImportPreview.MatchBy.EMAIL,
                                                true,
                                                ImportRun.OnError.IMPORT_VALID,
                                                ImportRun.OnDuplicate.CREATE),
                                        Locale.ENGLISH),
                                p -> {})
                        .job()
                        .await(Duration.ofSeconds(30));
                assertThat(ImportRun.Outcome.of(done.detail()))
                        .as(format + " imported")
                        .isEqualTo(new ImportRun.Outcome(4, 0, 0, 0));
            }
            Path second = export(format);
            if (format != ExportFormat.VCARD) {
                assertThat(rows(first).getFirst())
                        .as(format + " carries the consent field (a vCard has none)")
                        .contains("Newsletter", "Newsletter – answered at", "Newsletter – source");
            }
            assertThat(rows(second)).as(format + ", field by field").isEqualTo(rows(first));
            Files.delete(first);
            Files.delete(second);
        }
    }

    @Autowired
    ImportRun run;

    @Autowired
    io.clientele.customer.TeamService teams;

    @Autowired
    io.clientele.customer.GroupService groups;

    @Autowired
    io.clientele.customer.ConsentService consents;

    @Autowired
    ImportMappings mappings;

    /**
     * Four customers with what a customer can have: accents, a formula-like name, a business, teams, groups and
     * answers to a consent field.
     */
    private void people(long tenant) {
        io.clientele.customer.Team oslo = teams.create("Oslo");
        io.clientele.customer.CustomerGroup vip = groups.create("VIP");
        long ase = data.customer(tenant, "Åse", "Ødegård", "ase@example.no", "+47 912 34 567", CustomerStatus.ACTIVE);
        data.customer(tenant, "=cmd", "Formula", "f@example.no", null, CustomerStatus.PENDING);
        data.customer(tenant, "Per", "O'Brien-Hansen", "per@example.no", "+47 22 33 44 55", CustomerStatus.BLOCKED);
        io.clientele.customer.CustomerDraft fjord = new io.clientele.customer.CustomerDraft();
        fjord.setType(io.clientele.customer.CustomerType.BUSINESS);
        fjord.setCompanyName("Fjord & Fjell AS");
        fjord.setEmail("post@fjord.example");
        fjord.setStatus(CustomerStatus.INACTIVE);
        customers.create(fjord);
        io.clientele.customer.CustomerDraft d = customers.draftOf(ase);
        d.setAllTeams(false);
        d.setTeams(java.util.Set.of(oslo));
        customers.update(ase, d);
        groups.setGroups(ase, java.util.Set.of(vip));
        // Answers to the minute, as a CSV writes them.
        long newsletter = consents.create("Newsletter").getId();
        java.time.Instant at = java.time.Instant.parse("2026-11-02T09:30:00Z");
        consents.record(ase, newsletter, true, at, "Web form");
        consents.record(customers.withEmail("per@example.no").orElseThrow(), newsletter, false, at, "Phone call");
    }

    /** Every customer of the tenant, in the format, by e-mail (the ID column is the one thing a new tenant changes). */
    private Path export(ExportFormat format) throws Exception {
        Path file = Files.createTempFile("export", "." + format.extension());
        export.start(
                        CustomerSelection.allMatching(CustomerFilter.empty()),
                        format,
                        java.util.stream.Stream.concat(
                                        COLUMNS.subList(1, COLUMNS.size()).stream(),
                                        consents.all().stream().map(f -> ConsentField.COLUMN_PREFIX + f.getId()))
                                .toList(),
                        Sort.by("email"),
                        Locale.ENGLISH,
                        // Times without an offset are read back in the server's zone, the one the console shows.
                        ZoneId.systemDefault(),
                        file,
                        p -> {})
                .await(Duration.ofSeconds(30));
        return file;
    }

    private static List<List<String>> rows(Path file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (ImportTable table = ImportTable.open(file, null)) {
            rows.add(table.header());
            for (ImportTable.Row r = table.next(); r != null; r = table.next()) {
                rows.add(r.fields());
            }
        }
        assertThat(rows).hasSize(5);
        return rows;
    }
}
