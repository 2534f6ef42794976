package io.clientele.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.DatabaseTest;
import io.clientele.account.AccountTestData;
import io.clientele.base.Choice;
import io.clientele.base.OwnerType;
import io.clientele.bulk.BulkJob;
import io.clientele.bulk.BulkJobService;
import io.clientele.customer.CustomerFilter;
import io.clientele.directory.AddressDraft;
import io.clientele.directory.AddressKind;
import io.clientele.directory.AddressService;
import io.clientele.directory.Contact;
import io.clientele.directory.ContactDraft;
import io.clientele.directory.ContactService;
import io.clientele.importing.ImportPreview.Disposition;
import io.clientele.importing.ImportPreview.MatchBy;
import io.clientele.importing.ImportRun.OnDuplicate;
import io.clientele.importing.ImportRun.OnError;
import io.clientele.organization.Organization;
import io.clientele.organization.OrganizationDraft;
import io.clientele.organization.OrganizationService;
import io.clientele.security.Role;
import java.io.IOException;
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
 * Imports of organizations and contacts. Organizations (a Norwegian spreadsheet's columns) are matched by
 * organization number, checked as the organization form checks them, flagged as possible duplicates of an
 * organization with their name and merged into it when asked. Contacts are matched by e-mail and linked to their
 * company by name or organization number (a company nobody has is an error); a contact of the same name at the
 * company is a possible duplicate. Either import is undone: the new records to the Trash, the changed ones back as
 * they were.
 */
class RecordsImportTest extends DatabaseTest {
    @TempDir
    Path dir;

    @Autowired
    AddressService addresses;

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
        List<ImportField> mapping = suggested(file, ImportField.Records.ORGANIZATIONS);
        assertThat(mapping)
                .containsExactly(
                        ImportField.NAME,
                        ImportField.ORG_NUMBER,
                        ImportField.EMAIL,
                        ImportField.WEBSITE,
                        ImportField.POST_CODE,
                        ImportField.CITY);

        List<ImportPreview.Line> lines = new ArrayList<>();
        ImportPreview.Counts counts = preview(file, mapping, MatchBy.ORG_NUMBER, lines);
        assertThat(counts).isEqualTo(new ImportPreview.Counts(1, 1, 1, 1));
        assertThat(lines)
                .extracting(ImportPreview.Line::disposition)
                .containsExactly(Disposition.UPDATE, Disposition.CREATE, Disposition.DUPLICATE, Disposition.ERROR);
        assertThat(lines.get(0).match()).isEqualTo(fjordId);
        assertThat(lines.get(2).match()).isEqualTo(fjellId);
        assertThat(lines.get(3).errors())
                .extracting(Throwable::getMessage)
                .containsExactly("organization.number-invalid-no");

        ImportRun.Started started = merging(file, mapping, MatchBy.ORG_NUMBER);
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
        long created = organizations.withOrgNumber(fresh).orElseThrow().getId();
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

    @Test
    void contactsAreMatchedByEmailLinkedToTheirCompanyMergedAndTheImportUndone() throws Exception {
        long tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.ADMIN));
        OrganizationDraft fjord = AccountTestData.draft("Fjord AS");
        long fjordId = organizations.create(fjord);
        Choice atFjord = new Choice(fjordId, fjord.getName(), fjord.getOrgNumber());
        long kari = contact("Kari", "Nordmann", "kari@fjord.no", atFjord);
        long ola = contact("Ola", "Olsen", "", atFjord);
        AddressDraft office = new AddressDraft();
        office.setLine1("Storgata 1");
        office.setPostCode("0150");
        office.setCity("Oslo");
        addresses.saveAddress(OwnerType.CONTACT, kari, null, office);
        Path file = Files.writeString(
                dir.resolve("kontakter.csv"), """
                Navn;E-post;Telefon;Firma;Org.nr.;Adresse;Postnr;Poststed
                Kari Nordmann-Berg;kari@fjord.no;;;;Bryggen 5;5003;Bergen
                Per Hansen;per@fjord.no;;Fjord AS;;Havnegata 2;9008;Tromsø
                Ola Olsen;;+47 912 34 567;;%s;;;
                Lise Li;lise@example.no;;Ukjent AS;;;;
                """.formatted(fjord.getOrgNumber()), StandardCharsets.UTF_8);
        List<ImportField> mapping = suggested(file, ImportField.Records.CONTACTS);
        assertThat(mapping)
                .containsExactly(
                        ImportField.NAME,
                        ImportField.EMAIL,
                        ImportField.PHONE,
                        ImportField.COMPANY_NAME,
                        ImportField.ORG_NUMBER,
                        ImportField.ADDRESS,
                        ImportField.POST_CODE,
                        ImportField.CITY);

        List<ImportPreview.Line> lines = new ArrayList<>();
        preview(file, mapping, MatchBy.CONTACT_EMAIL, lines);
        assertThat(lines)
                .extracting(ImportPreview.Line::disposition)
                .containsExactly(Disposition.UPDATE, Disposition.CREATE, Disposition.DUPLICATE, Disposition.ERROR);
        assertThat(lines.get(0).match()).isEqualTo(kari);
        assertThat(lines.get(2).match()).isEqualTo(ola);
        assertThat(lines.get(3).errors()).extracting(Throwable::getMessage).containsExactly("import.unknown-company");

        ImportRun.Started started = merging(file, mapping, MatchBy.CONTACT_EMAIL);
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
        assertThat(visiting(kari)).as("the same address, changed").isEqualTo("Bryggen 5, 5003 Bergen");
        assertThat(addresses.addresses(OwnerType.CONTACT, kari)).hasSize(1);
        assertThat(visiting(per.getId())).isEqualTo("Havnegata 2, 9008 Tromsø");
        assertThat(history.find(started.importId()).orElseThrow().records()).isEqualTo(ImportField.Records.CONTACTS);

        BulkJobService.Progress undone =
                history.undo(started.importId(), p -> {}).await(Duration.ofSeconds(30));

        assertThat(ImportHistory.Undone.of(undone.detail())).isEqualTo(new ImportHistory.Undone(1, 2, 0));
        assertThat(contacts.contact(per.getId())).as("in the Trash").isEmpty();
        assertThat(contacts.draftOf(kari).getLastName()).isEqualTo("Nordmann");
        assertThat(contacts.draftOf(ola).getPhone()).isEmpty();
        assertThat(visiting(kari)).isEqualTo("Storgata 1, 0150 Oslo");
    }

    private String visiting(long contactId) {
        return addresses
                .defaultAddress(OwnerType.CONTACT, contactId, AddressKind.VISITING)
                .map(a -> a.getLine1() + ", " + a.getPostCode() + " " + a.getCity())
                .orElse(null);
    }

    private long contact(String first, String last, String email, Choice company) {
        ContactDraft d = new ContactDraft();
        d.setFirstName(first);
        d.setLastName(last);
        d.setEmail(email);
        d.setCompany(company);
        return contacts.createContact(d, null);
    }

    private static List<ImportField> suggested(Path file, ImportField.Records records) throws IOException {
        try (ImportTable table = ImportTable.open(file, null)) {
            return ImportMapping.suggest(table.header(), records);
        }
    }

    private ImportPreview.Counts preview(
            Path file, List<ImportField> mapping, MatchBy matchBy, List<ImportPreview.Line> lines) throws IOException {
        try (ImportTable table = ImportTable.open(file, null)) {
            return preview.preview(table, mapping, matchBy, lines::add);
        }
    }

    /** Imports every valid row, updating matches and merging possible duplicates into theirs. */
    private ImportRun.Started merging(Path file, List<ImportField> mapping, MatchBy matchBy) throws IOException {
        return run.start(
                new ImportRun.Request(
                        file,
                        file.getFileName().toString(),
                        null,
                        mapping,
                        new ImportRun.Options(matchBy, true, OnError.IMPORT_VALID, OnDuplicate.MERGE),
                        Locale.ENGLISH),
                p -> {});
    }
}
