package io.clientele.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.DatabaseTest;
import io.clientele.account.AccountTestData;
import io.clientele.base.Choice;
import io.clientele.bulk.BulkJobService;
import io.clientele.directory.Contact;
import io.clientele.directory.ContactDraft;
import io.clientele.directory.ContactService;
import io.clientele.importing.ImportPreview.Disposition;
import io.clientele.importing.ImportPreview.MatchBy;
import io.clientele.importing.ImportRun.OnDuplicate;
import io.clientele.importing.ImportRun.OnError;
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

/**
 * An import of contacts: each is matched by e-mail, linked to its company by name or organization number (a company
 * nobody has is an error), flagged as a possible duplicate of a contact of that name at the company, merged into it
 * when asked, and the import is undone: the new contact to the Trash, the changed ones back as they were.
 */
class ContactImportTest extends DatabaseTest {
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

    @Autowired
    ContactService contacts;

    @Test
    void contactsAreMatchedByEmailLinkedToTheirCompanyMergedAndTheImportUndone() throws Exception {
        long tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.ADMIN));
        OrganizationDraft fjord = AccountTestData.draft("Fjord AS");
        long fjordId = organizations.create(fjord);
        Choice atFjord = new Choice(fjordId, fjord.getName(), fjord.getOrgNumber());
        long kari = contact("Kari", "Nordmann", "kari@fjord.no", atFjord);
        long ola = contact("Ola", "Olsen", "", atFjord);
        Path file = Files.writeString(
                dir.resolve("kontakter.csv"), """
                Navn;E-post;Telefon;Firma;Org.nr.
                Kari Nordmann-Berg;kari@fjord.no;;;
                Per Hansen;per@fjord.no;;Fjord AS;
                Ola Olsen;;+47 912 34 567;;%s
                Lise Li;lise@example.no;;Ukjent AS;
                """.formatted(fjord.getOrgNumber()), StandardCharsets.UTF_8);
        List<ImportField> mapping;
        try (ImportTable table = ImportTable.open(file, null)) {
            mapping = ImportMapping.suggest(table.header(), ImportField.Records.CONTACTS);
        }
        assertThat(mapping)
                .containsExactly(
                        ImportField.NAME,
                        ImportField.EMAIL,
                        ImportField.PHONE,
                        ImportField.COMPANY_NAME,
                        ImportField.ORG_NUMBER);

        List<ImportPreview.Line> lines = new ArrayList<>();
        try (ImportTable table = ImportTable.open(file, null)) {
            preview.preview(table, mapping, MatchBy.CONTACT_EMAIL, lines::add);
        }
        assertThat(lines)
                .extracting(ImportPreview.Line::disposition)
                .containsExactly(Disposition.UPDATE, Disposition.CREATE, Disposition.DUPLICATE, Disposition.ERROR);
        assertThat(lines.get(0).match()).isEqualTo(kari);
        assertThat(lines.get(2).match()).isEqualTo(ola);
        assertThat(lines.get(3).errors()).extracting(Throwable::getMessage).containsExactly("import.unknown-company");

        ImportRun.Started started = run.start(
                new ImportRun.Request(
                        file,
                        "kontakter.csv",
                        null,
                        mapping,
                        new ImportRun.Options(MatchBy.CONTACT_EMAIL, true, OnError.IMPORT_VALID, OnDuplicate.MERGE),
                        Locale.ENGLISH),
                p -> {});
        BulkJobService.Progress done = started.job().await(Duration.ofSeconds(30));

        assertThat(ImportRun.Outcome.of(done.detail())).isEqualTo(new ImportRun.Outcome(1, 2, 0, 1));
        assertThat(contacts.draftOf(kari).getLastName()).isEqualTo("Nordmann-Berg");
        assertThat(contacts.draftOf(kari).getCompany().id())
                .as("a row without a company keeps the contact's")
                .isEqualTo(fjordId);
        assertThat(contacts.draftOf(ola).getPhone().replace(" ", "")).isEqualTo("+4791234567");
        Contact per = contacts.contact(contacts.withEmail("per@fjord.no").orElseThrow())
                .orElseThrow();
        assertThat(per.getOrganizationId()).isEqualTo(fjordId);
        assertThat(per.getSources()).containsExactly("IMPORT");
        assertThat(history.find(started.importId()).orElseThrow().records()).isEqualTo(ImportField.Records.CONTACTS);

        BulkJobService.Progress undone =
                history.undo(started.importId(), p -> {}).await(Duration.ofSeconds(30));

        assertThat(ImportHistory.Undone.of(undone.detail())).isEqualTo(new ImportHistory.Undone(1, 2, 0));
        assertThat(contacts.contact(per.getId())).as("in the Trash").isEmpty();
        assertThat(contacts.draftOf(kari).getLastName()).isEqualTo("Nordmann");
        assertThat(contacts.draftOf(ola).getPhone()).isEmpty();
    }

    private long contact(String first, String last, String email, Choice company) {
        ContactDraft d = new ContactDraft();
        d.setFirstName(first);
        d.setLastName(last);
        d.setEmail(email);
        d.setCompany(company);
        return contacts.createContact(d, null);
    }
}
