package io.clientele.importing;

import static io.clientele.importing.ImportField.COMPANY_NAME;
import static io.clientele.importing.ImportField.CUSTOMER_ID;
import static io.clientele.importing.ImportField.EMAIL;
import static io.clientele.importing.ImportField.FIRST_NAME;
import static io.clientele.importing.ImportField.GROUPS;
import static io.clientele.importing.ImportField.LAST_NAME;
import static io.clientele.importing.ImportField.NAME;
import static io.clientele.importing.ImportField.PHONE;
import static io.clientele.importing.ImportField.STATUS;
import static io.clientele.importing.ImportField.TEAMS;
import static io.clientele.importing.ImportField.TYPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.base.ActionRefusedException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Columns map themselves from the names people and other systems give them, in English and Norwegian. */
class ImportMappingTest {
    @Test
    void englishAndNorwegianHeadersSuggestTheirFields() {
        assertThat(ImportMapping.suggest(
                        List.of("First name", "Last name", "E-mail", "Mobile", "Company", "Customer no.", "Notes")))
                .containsExactly(FIRST_NAME, LAST_NAME, EMAIL, PHONE, COMPANY_NAME, CUSTOMER_ID, null);
        assertThat(ImportMapping.suggest(List.of("Fornavn", "Etternavn", "E-post", "Telefon", "Firma", "Kunde-ID")))
                .containsExactly(FIRST_NAME, LAST_NAME, EMAIL, PHONE, COMPANY_NAME, CUSTOMER_ID);
    }

    @Test
    void clientelesOwnExportHeadersMapThemselvesInEachLanguage() {
        assertThat(ImportMapping.suggest(
                        List.of("Customer ID", "Name", "Email", "Phone", "Status", "User type", "Teams", "Groups")))
                .containsExactly(CUSTOMER_ID, NAME, EMAIL, PHONE, STATUS, TYPE, TEAMS, GROUPS);
        assertThat(ImportMapping.suggest(
                        List.of("Kunde-ID", "Navn", "E-post", "Telefon", "Status", "Brukertype", "Team", "Grupper")))
                .containsExactly(CUSTOMER_ID, NAME, EMAIL, PHONE, STATUS, TYPE, TEAMS, GROUPS);
    }

    @Test
    void aFieldIsSuggestedForItsFirstColumnOnlyAndCannotBeChosenTwice() {
        List<String> header = List.of("Email", "E-post", "Last login");
        assertThat(ImportMapping.suggest(header)).containsExactly(EMAIL, null, null);
        ImportMapping.check(header, Arrays.asList(EMAIL, null, null));
        assertThatThrownBy(() -> ImportMapping.check(header, Arrays.asList(EMAIL, EMAIL, null)))
                .isInstanceOfSatisfying(ActionRefusedException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("import.field-twice");
                    assertThat(e.args()).containsExactly("Email", "E-post");
                });
    }
}
