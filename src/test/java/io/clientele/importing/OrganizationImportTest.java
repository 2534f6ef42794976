package io.clientele.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.DatabaseTest;
import io.clientele.account.AccountTestData;
import io.clientele.bulk.BulkJob;
import io.clientele.bulk.BulkJobService;
import io.clientele.customer.CustomerFilter;
import io.clientele.importing.ImportPreview.Disposition;
import io.clientele.importing.ImportPreview.MatchBy;
import io.clientele.importing.ImportRun.OnDuplicate;
import io.clientele.importing.ImportRun.OnError;
import io.clientele.organization.Organization;
import io.clientele.organization.OrganizationDraft;
import io.clientele.organization.OrganizationService;
import io.clientele.security.Role;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * An import of organizations (a Norwegian spreadsheet's columns): rows are matched by organization number, checked
 * as the organization form checks them, flagged as possible duplicates of an organization with their name, merged
 * into it when asked, and the whole import is undone: the new one to the Trash, the changed ones back as they were.
 */
class OrganizationImportTest extends DatabaseTest {
    @TempDir
    Path dir;

    @Autowired
    ImportPreview preview;

    @Autowired
    ImportRun run;

    @Autowired
    ImportHistory history;

    @Autowired
    OrganizationService organizations;

    @Test
    void organizationsAreMatchedByNumberCheckedMergedAndTheImportUndone() throws Exception {
        long tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.ADMIN));
        OrganizationDraft fjord = AccountTestData.draft("Fjord Bygg AS");
        long fjordId = organizations.create(fjord);
        long fjellId = organizations.create(AccountTestData.draft("Fjell Data AS"));
        String fresh = AccountTestData.orgNumber();
        String other = AccountTestData.orgNumber();
        // The number as people type it, in groups of three.
        String fjordTyped = fjord.getOrgNumber().replaceAll("(\\d{3})(?=\\d)", "$1 ");
        Path file = Files.writeString(
                dir.resolve("firma.csv"), """
                Firmanavn;Org.nr.;E-post;Nettside;Postnr;Poststed
                Fjord Bygg og Anlegg AS;%s;post@fjordbygg.no;fjordbygg.no;5003;Bergen
                Nye Hav AS;%s;;;;
                Fjell Data AS;%s;;fjelldata.no;;
                Feil AS;123;;;;
                """.formatted(fjordTyped, fresh, other), StandardCharsets.UTF_8);
        List<ImportField> mapping;
        try (ImportTable table = ImportTable.open(file, null)) {
            mapping = ImportMapping.suggest(table.header(), ImportField.Records.ORGANIZATIONS);
        }
        assertThat(mapping)
                .containsExactly(
                        ImportField.NAME,
                        ImportField.ORG_NUMBER,
                        ImportField.EMAIL,
                        ImportField.WEBSITE,
                        ImportField.POST_CODE,
                        ImportField.CITY);

        List<ImportPreview.Line> lines = new ArrayList<>();
        ImportPreview.Counts counts;
        try (ImportTable table = ImportTable.open(file, null)) {
            counts = preview.preview(table, mapping, MatchBy.ORG_NUMBER, lines::add);
        }
        assertThat(counts).isEqualTo(new ImportPreview.Counts(1, 1, 1, 1));
        assertThat(lines)
                .extracting(ImportPreview.Line::disposition)
                .containsExactly(Disposition.UPDATE, Disposition.CREATE, Disposition.DUPLICATE, Disposition.ERROR);
        assertThat(lines.get(0).match()).isEqualTo(fjordId);
        assertThat(lines.get(2).match()).isEqualTo(fjellId);
        assertThat(lines.get(3).errors())
                .extracting(Throwable::getMessage)
                .containsExactly("organization.number-invalid-no");

        ImportRun.Started started = run.start(
                new ImportRun.Request(
                        file,
                        "firma.csv",
                        null,
                        mapping,
                        new ImportRun.Options(MatchBy.ORG_NUMBER, true, OnError.IMPORT_VALID, OnDuplicate.MERGE),
                        Locale.ENGLISH),
                p -> {});
        BulkJobService.Progress done = started.job().await(Duration.ofSeconds(30));

        assertThat(done.status()).isEqualTo(BulkJob.Status.DONE);
        assertThat(ImportRun.Outcome.of(done.detail())).isEqualTo(new ImportRun.Outcome(1, 2, 0, 1));
        OrganizationDraft updated = organizations.draftOf(fjordId);
        assertThat(updated.getName()).isEqualTo("Fjord Bygg og Anlegg AS");
        assertThat(updated.getEmail()).isEqualTo("post@fjordbygg.no");
        assertThat(updated.getWebsite()).isEqualTo("https://fjordbygg.no");
        assertThat(updated.getCity()).isEqualTo("Bergen");
        assertThat(organizations.draftOf(fjellId).getWebsite())
                .as("merged: the match takes the row's website, keeps its own number")
                .isEqualTo("https://fjelldata.no");
        long created = organizations.withOrgNumber(fresh).orElseThrow();
        assertThat(organizations.find(created).orElseThrow().getSources()).containsExactly("IMPORT");
        assertThat(organizations.withOrgNumber(other)).isEmpty();
        assertThat(customers.count(CustomerFilter.empty()))
                .as("an import of organizations makes no customers")
                .isZero();
        ImportHistory.Entry entry = history.find(started.importId()).orElseThrow();
        assertThat(entry.records()).isEqualTo(ImportField.Records.ORGANIZATIONS);
        assertThat(new String(history.report(started.importId()).orElseThrow(), StandardCharsets.UTF_8))
                .contains("Feil AS")
                .contains("A Norwegian organization number has 9 digits");

        BulkJobService.Progress undone =
                history.undo(started.importId(), p -> {}).await(Duration.ofSeconds(30));

        assertThat(ImportHistory.Undone.of(undone.detail())).isEqualTo(new ImportHistory.Undone(1, 2, 0));
        assertThat(organizations.find(created).orElseThrow().isDeleted())
                .as("in the Trash")
                .isTrue();
        OrganizationDraft restored = organizations.draftOf(fjordId);
        assertThat(restored.getName()).isEqualTo("Fjord Bygg AS");
        assertThat(restored.getEmail()).isEmpty();
        assertThat(restored.getCity()).isEqualTo(fjord.getCity());
        assertThat(organizations.draftOf(fjellId).getWebsite()).isEmpty();
        assertThat(organizations.list(null, false, PageRequest.of(0, 10)))
                .extracting(Organization::getName)
                .containsExactlyInAnyOrder("Fjord Bygg AS", "Fjell Data AS");
    }
}
