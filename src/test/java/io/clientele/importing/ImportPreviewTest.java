package io.clientele.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.DatabaseTest;
import io.clientele.base.FieldValidationException;
import io.clientele.customer.CustomerFilter;
import io.clientele.customer.CustomerStatus;
import io.clientele.importing.ImportPreview.Disposition;
import io.clientele.importing.ImportPreview.Line;
import io.clientele.importing.ImportPreview.MatchBy;
import io.clientele.security.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The preview tells each row's fate before anything is written: a new customer, an update of the one it matches,
 * a possible duplicate of a customer the duplicate scan would pair it with, or an error with each field's message.
 */
class ImportPreviewTest extends DatabaseTest {
    @TempDir
    Path dir;

    @Autowired
    ImportPreview preview;

    @Test
    void eachRowGetsWhatTheImportWouldDoAndNothingIsStored() throws IOException {
        long tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.ADMIN));
        long kari =
                data.customer(tenant, "Kari", "Nordmann", "kari@example.no", "+47 912 34 567", CustomerStatus.ACTIVE);
        Path file = csv("""
                Fornavn;Etternavn;E-post;Telefon;Status
                Per;Hansen;per@example.no;;Aktiv
                Kari;Nordmann-Berg;KARI@example.no;;
                Kathrine;Nordby;kathrine@example.no;+47 912 34 567;Pending
                Ola;;not-an-email;;
                Eva;Lie;eva@example.no;;Sleeping
                Per;Hansen;per@example.no;;
                Lise;Lund;lise@example.no;;;extra
                """);
        List<Line> lines = new ArrayList<>();
        ImportPreview.Counts counts;
        try (ImportTable table = ImportTable.csv(file, null)) {
            counts = preview.preview(table, ImportMapping.suggest(table.header()), MatchBy.EMAIL, lines::add);
        }

        assertThat(counts).isEqualTo(new ImportPreview.Counts(1, 1, 1, 4));
        assertThat(lines)
                .extracting(Line::disposition)
                .containsExactly(
                        Disposition.CREATE,
                        Disposition.UPDATE,
                        Disposition.DUPLICATE,
                        Disposition.ERROR,
                        Disposition.ERROR,
                        Disposition.ERROR,
                        Disposition.ERROR);
        Line update = lines.get(1);
        assertThat(update.match()).isEqualTo(kari);
        assertThat(update.draft().getLastName()).isEqualTo("Nordmann-Berg");
        assertThat(update.draft().getPhone())
                .as("an empty cell of a matched customer: the file says it has no phone")
                .isEmpty();
        assertThat(lines.get(0).draft().getStatus()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(lines.get(2).match()).as("the same phone number").isEqualTo(kari);
        assertThat(lines.get(2).matchName()).isEqualTo("Kari Nordmann");
        assertThat(messages(lines.get(3))).containsExactly("email validation.email");
        assertThat(messages(lines.get(4))).containsExactly("status import.unknown-status");
        assertThat(messages(lines.get(5))).containsExactly("email import.twice-in-file");
        assertThat(messages(lines.get(6))).containsExactly("row import.row-too-long");
        assertThat(lines).extracting(l -> l.row().number()).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(customers.count(CustomerFilter.empty()))
                .as("a preview stores nothing")
                .isEqualTo(1);
        assertThat(customers.details(kari).orElseThrow().row().lastName()).isEqualTo("Nordmann");
    }

    @Test
    void aCustomerIdOfThisTenantUpdatesAndAnotherSystemsIdCreates() throws IOException {
        long tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.ADMIN));
        long kari = data.customer(tenant, "Kari", "Nordmann", "kari@example.no", null, CustomerStatus.ACTIVE);
        long elsewhere = data.customer(data.tenant(), "Eva", "Elsewhere", null, null, CustomerStatus.ACTIVE);
        Path file = csv("Customer ID,Name,User type\n" + kari
                + ",Kari Nordmann-Berg,Individual\nC-1001,Fjord AS,Business\n" + elsewhere + ",Eva Here,\n");
        List<Line> lines = new ArrayList<>();
        try (ImportTable table = ImportTable.csv(file, null)) {
            preview.preview(table, ImportMapping.suggest(table.header()), MatchBy.CUSTOMER_ID, lines::add);
        }
        assertThat(lines)
                .extracting(Line::disposition)
                .containsExactly(Disposition.UPDATE, Disposition.CREATE, Disposition.CREATE);
        assertThat(lines.get(0).draft().getLastName()).isEqualTo("Nordmann-Berg");
        assertThat(lines.get(1).draft().getCompanyName()).isEqualTo("Fjord AS");
        assertThat(lines.get(2).match())
                .as("another tenant's customer is not found")
                .isNull();
    }

    @Test
    void twoColumnsForOneFieldAndALesserRoleAreRefused() throws IOException {
        long tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.ADMIN));
        Path file = csv("Email,E-post\na@example.no,b@example.no\n");
        try (ImportTable table = ImportTable.csv(file, null)) {
            assertThatThrownBy(() -> preview.preview(
                            table, List.of(ImportField.EMAIL, ImportField.EMAIL), MatchBy.EMAIL, l -> {}))
                    .hasMessage("import.field-twice");
        }
        data.loginAs(data.staff(tenant, Role.SUPPORT));
        try (ImportTable table = ImportTable.csv(file, null)) {
            assertThatThrownBy(
                            () -> preview.preview(table, ImportMapping.suggest(table.header()), MatchBy.EMAIL, l -> {}))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private static List<String> messages(Line line) {
        return line.errors().stream()
                .map((FieldValidationException e) -> e.field() + " " + e.getMessage())
                .toList();
    }

    private Path csv(String text) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "import", ".csv"), text, StandardCharsets.UTF_8);
    }
}
