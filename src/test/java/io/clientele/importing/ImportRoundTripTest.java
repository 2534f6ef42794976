package io.clientele.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.DatabaseTest;
import io.clientele.bulk.BulkJobService;
import io.clientele.bulk.ExportFormat;
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

/** A CSV or XLSX exported from the Customers list, in English or Norwegian, reads back with every column mapped. */
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
}
