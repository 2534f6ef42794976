package io.clientele.importing;

import static io.clientele.importing.ImportField.ADDRESS;
import static io.clientele.importing.ImportField.CITY;
import static io.clientele.importing.ImportField.COMPANY_NAME;
import static io.clientele.importing.ImportField.COUNTRY;
import static io.clientele.importing.ImportField.CUSTOMER_ID;
import static io.clientele.importing.ImportField.EMAIL;
import static io.clientele.importing.ImportField.FIRST_NAME;
import static io.clientele.importing.ImportField.GROUPS;
import static io.clientele.importing.ImportField.LAST_NAME;
import static io.clientele.importing.ImportField.LEGAL_FORM;
import static io.clientele.importing.ImportField.NAME;
import static io.clientele.importing.ImportField.ORG_NUMBER;
import static io.clientele.importing.ImportField.PHONE;
import static io.clientele.importing.ImportField.POST_CODE;
import static io.clientele.importing.ImportField.Records.CUSTOMERS;
import static io.clientele.importing.ImportField.Records.ORGANIZATIONS;
import static io.clientele.importing.ImportField.STATUS;
import static io.clientele.importing.ImportField.TEAMS;
import static io.clientele.importing.ImportField.TYPE;
import static io.clientele.importing.ImportField.WEBSITE;
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
        ImportMapping.check(header, Arrays.asList(EMAIL, null, null), CUSTOMERS);
        assertThatThrownBy(() -> ImportMapping.check(header, Arrays.asList(EMAIL, EMAIL, null), CUSTOMERS))
                .isInstanceOfSatisfying(ActionRefusedException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("import.field-twice");
                    assertThat(e.args()).containsExactly("Email", "E-post");
                });
    }

    @Test
    void organizationsAreSuggestedTheirOwnFieldsAndRefuseACustomersField() {
        assertThat(ImportMapping.suggest(
                        List.of(
                                "Firmanavn",
                                "Org.nr.",
                                "Selskapsform",
                                "E-post",
                                "Nettside",
                                "Adresse",
                                "Postnr",
                                "Poststed",
                                "Land",
                                "Fornavn"),
                        ORGANIZATIONS))
                .as("a company name names the organization; a person's field is left out")
                .containsExactly(NAME, ORG_NUMBER, LEGAL_FORM, EMAIL, WEBSITE, ADDRESS, POST_CODE, CITY, COUNTRY, null);
        assertThat(ImportMapping.suggest(List.of("Name", "Organization number", "Website"), CUSTOMERS))
                .as("a file of customers gets no organization fields")
                .containsExactly(NAME, null, null);
        List<String> header = List.of("Name", "First name");
        assertThatThrownBy(() -> ImportMapping.check(header, Arrays.asList(NAME, FIRST_NAME), ORGANIZATIONS))
                .isInstanceOfSatisfying(ActionRefusedException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("import.field-not-for.ORGANIZATIONS");
                    assertThat(e.args()).containsExactly("First name");
                });
    }
}
