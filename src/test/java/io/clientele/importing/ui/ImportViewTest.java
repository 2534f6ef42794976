package io.clientele.importing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import io.clientele.KaribuTest;
import io.clientele.account.AccountTestData;
import io.clientele.base.Messages;
import io.clientele.customer.ConsentService;
import io.clientele.customer.CustomerFilter;
import io.clientele.customer.CustomerRow;
import io.clientele.customer.CustomerStatus;
import io.clientele.customer.ui.CustomerListView;
import io.clientele.importing.ImportField;
import io.clientele.importing.ImportHistory;
import io.clientele.importing.ImportPreview.Disposition;
import io.clientele.importing.ImportPreview.MatchBy;
import io.clientele.organization.OrganizationDraft;
import io.clientele.organization.OrganizationService;
import io.clientele.organization.ui.OrganizationListView;
import io.clientele.security.Role;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Management → Import from upload to result: the columns map themselves, the preview counts and lists each row's
 * fate, the import runs as a job and offers the failed rows back, Undo import puts everything back, and the history
 * keeps the import.
 */
class ImportViewTest extends KaribuTest {
    @Autowired
    OrganizationService organizations;

    @Autowired
    ConsentService consents;

    @Test
    void aNorwegianExcelFileIsMappedPreviewedAndImported() throws Exception {
        long tenant = data.tenant();
        login(data.staff(tenant, Role.ADMIN));
        data.customer(tenant, "Kari", "Nordmann", "kari@example.no", "+47 912 34 567", CustomerStatus.ACTIVE);
        Path file = Files.createTempFile("import", ".csv");
        Files.write(
                file,
                ("Fornavn;Etternavn;E-post;Telefon\r\n"
                                + "Per;Hansen;per@example.no;\r\n"
                                + "Kari;Nordmann-Berg;kari@example.no;\r\n"
                                + "Kathrine;Nordby;kathrine@example.no;+47 912 34 567\r\n"
                                + "Ola;Ås;ikke-en-adresse;\r\n")
                        .getBytes(Charset.forName("windows-1252")));
        // The Customers list leads there.
        UI.getCurrent().navigate(CustomerListView.class);
        _click(_get(Button.class, spec -> spec.withId("import-customers")));
        Path again = Files.copy(file, Files.createTempFile("import", ".csv"), StandardCopyOption.REPLACE_EXISTING);
        _get(ImportView.class).accept(file, "kunder.csv");

        assertThat(text("import-file")).isEqualTo("kunder.csv: 4 columns, separated by semicolons.");
        assertThat(select("import-encoding").getHelperText()).startsWith("The file is not UTF-8");
        assertThat(select("import-field-2").getValue()).isEqualTo(ImportField.EMAIL);
        assertThat(select("import-field-3").getValue()).isEqualTo(ImportField.PHONE);

        _click(_get(Button.class, spec -> spec.withId("import-preview")));
        assertThat(text("import-counts")).isEqualTo("1 new · 1 to update · 1 possible duplicate · 1 with errors");
        @SuppressWarnings("unchecked")
        Grid<Object> rows = _get(Grid.class, spec -> spec.withId("import-rows"));
        assertThat(rows.getLazyDataView().getItems().count()).isEqualTo(4);
        select("import-show").setValue(Disposition.ERROR);
        assertThat(rows.getLazyDataView().getItems().count()).isEqualTo(1);

        _click(_get(Button.class, spec -> spec.withId("import-run")));
        untilPushed(() -> text("import-result").startsWith("Done"));
        assertThat(text("import-result")).isEqualTo("Done: 1 created, 1 updated, 1 skipped, 1 failed.");
        assertThat(_get(Anchor.class, spec -> spec.withId("import-report-file")).getText())
                .isEqualTo("Download the failed row");
        assertThat(customers.count(CustomerFilter.empty())).isEqualTo(2);

        // Undo import puts the tenant back: Per goes to the Trash, Kari gets her name back.
        _click(_get(Button.class, spec -> spec.withId("undo-import")));
        _fireConfirm(_get(ConfirmDialog.class));
        untilPushed(() -> notified("Import undone"));
        assertThat(notified("Import undone: 1 moved to the Trash, 1 restored, 0 kept"))
                .isTrue();
        assertThat(text("import-result")).isEqualTo("Undone");
        assertThat(customers.list(CustomerFilter.empty(), PageRequest.of(0, 5)))
                .extracting(CustomerRow::displayName)
                .containsExactly("Kari Nordmann");

        // The history lists it as undone, with its failed row still to download.
        UI.getCurrent().navigate(ImportHistoryView.class);
        @SuppressWarnings("unchecked")
        Grid<ImportHistory.Entry> history = _get(Grid.class, spec -> spec.withId("import-history"));
        assertThat(GridKt._size(history)).isEqualTo(1);
        assertThat(GridKt._get(history, 0).state()).isEqualTo(ImportHistory.State.UNDONE);
        _get(ImportHistoryView.class).open(GridKt._get(history, 0));
        assertThat(_get(Anchor.class, spec -> spec.withId("import-history-report"))
                        .getText())
                .isEqualTo("Download the failed row");
        assertThat(_find(Button.class, spec -> spec.withId("undo-import"))).isEmpty();

        // The same columns next time: the fields chosen this time are offered.
        _click(_get(Button.class, spec -> spec.withId("new-import")));
        _get(ImportView.class).accept(again, "kunder.csv");
        assertThat(text("import-mapping-help")).startsWith("The fields chosen the last time");
    }

    @Test
    void theOrganizationsListImportsOrganizationsMatchedByNumber() throws Exception {
        long tenant = data.tenant();
        login(data.staff(tenant, Role.ADMIN));
        OrganizationDraft fjord = AccountTestData.draft("Fjord AS");
        long fjordId = organizations.create(fjord);
        Path file = Files.writeString(Files.createTempFile("import", ".csv"), """
                Company name,Organization number,Website
                Fjord Bygg AS,%s,fjordbygg.no
                Hav AS,%s,
                """.formatted(
                        fjord.getOrgNumber(), AccountTestData.orgNumber()));
        UI.getCurrent().navigate(OrganizationListView.class);
        _click(_get(Button.class, spec -> spec.withId("import-organizations")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ImportField.Records> records =
                _get(RadioButtonGroup.class, spec -> spec.withId("import-records"));
        assertThat(records.getValue()).isEqualTo(ImportField.Records.ORGANIZATIONS);
        _get(ImportView.class).accept(file, "firma.csv");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<MatchBy> matchBy = _get(RadioButtonGroup.class, spec -> spec.withId("import-match-by"));
        assertThat(matchBy.getValue()).isEqualTo(MatchBy.ORG_NUMBER);
        assertThat(matchBy.getLabel()).isEqualTo("Find existing organizations by");
        assertThat(select("import-field-0").getValue()).isEqualTo(ImportField.NAME);
        assertThat(select("import-field-1").getValue()).isEqualTo(ImportField.ORG_NUMBER);
        assertThat(select("import-field-2").getValue()).isEqualTo(ImportField.WEBSITE);

        _click(_get(Button.class, spec -> spec.withId("import-preview")));
        assertThat(text("import-counts")).isEqualTo("1 new · 1 to update · 0 possible duplicates · 0 with errors");
        _click(_get(Button.class, spec -> spec.withId("import-run")));
        untilPushed(() -> text("import-result").startsWith("Done"));
        assertThat(text("import-result")).isEqualTo("Done: 1 created, 1 updated, 0 skipped, 0 failed.");
        assertThat(organizations.draftOf(fjordId).getName()).isEqualTo("Fjord Bygg AS");
        assertThat(_get(Anchor.class, spec -> spec.withText("Open Organizations"))
                        .getHref())
                .isEqualTo("organizations");

        // Switched to customers, a new file maps to customers' fields only.
        records.setValue(ImportField.Records.CUSTOMERS);
        _get(ImportView.class)
                .accept(
                        Files.writeString(
                                Files.createTempFile("import", ".csv"), "Company name,Website\nHav AS,hav.no\n"),
                        "kunder.csv");
        assertThat(matchBy.getValue()).isEqualTo(MatchBy.EMAIL);
        assertThat(select("import-field-0").getValue()).isEqualTo(ImportField.COMPANY_NAME);
        assertThat(select("import-field-1").getValue()).isNull();

        UI.getCurrent().navigate(ImportHistoryView.class);
        @SuppressWarnings("unchecked")
        Grid<ImportHistory.Entry> history = _get(Grid.class, spec -> spec.withId("import-history"));
        assertThat(GridKt._getFormatted(history, 0, "outcome"))
                .as("the counts that are not zero")
                .isEqualTo("1 created · 1 updated");
    }

    @Test
    void aColumnNamedAfterAConsentFieldMapsToItsAnswer() throws Exception {
        login(data.staff(data.tenant(), Role.ADMIN));
        consents.create("Newsletter");
        UI.getCurrent().navigate(ImportView.class);

        _get(ImportView.class)
                .accept(
                        Files.writeString(
                                Files.createTempFile("import", ".csv"),
                                "Email,Newsletter,Nyhetsbrev\nkari@example.no,yes,ja\n"),
                        "kunder.csv");

        Select<ImportField> newsletter = select("import-field-1");
        assertThat(newsletter.getValue()).isEqualTo(ImportField.CONSENT);
        assertThat(newsletter.getItemLabelGenerator().apply(ImportField.CONSENT))
                .isEqualTo("Consent: Newsletter");
        assertThat(newsletter.getListDataView().getItems()).doesNotContain(ImportField.CONSENT_AT);
        Select<ImportField> other = select("import-field-2");
        assertThat(other.getValue()).isNull();
        assertThat(other.getListDataView().getItems())
                .as("a column that names no consent field is offered none")
                .doesNotContain(ImportField.CONSENT, ImportField.CONSENT_AT, ImportField.CONSENT_SOURCE);
    }

    @Test
    void aRunningImportCanBeCancelledKeepingTheRowsBefore() throws Exception {
        long tenant = data.tenant();
        login(data.staff(tenant, Role.ADMIN));
        StringBuilder csv = new StringBuilder("First name,Last name,Email\n");
        for (int i = 0; i < 300; i++) {
            csv.append("Person,Number").append(i).append(",p").append(i).append("@example.no\n");
        }
        Path file = Files.writeString(Files.createTempFile("import", ".csv"), csv);
        UI.getCurrent().navigate(ImportView.class);
        _get(ImportView.class).accept(file, "many.csv");
        _click(_get(Button.class, spec -> spec.withId("import-preview")));
        _click(_get(Button.class, spec -> spec.withId("import-run")));
        _click(_get(Button.class, spec -> spec.withId("import-cancel")));
        untilPushed(() -> text("import-result").startsWith("Cancelled"));
        assertThat(text("import-result")).matches("Cancelled after \\d+ of 300 rows; the rows before were imported\\.");
        assertThat(customers.count(CustomerFilter.empty())).isLessThan(300);
        assertThat(_find(Button.class, spec -> spec.withId("import-cancel")))
                .as("no Cancel once it has stopped")
                .isEmpty();
    }

    @Test
    void theCountsFollowEachLanguagesPluralRules() {
        assertThat(Messages.text(Locale.ENGLISH, "import.counts", 1, 0, 1, 2))
                .isEqualTo("1 new · 0 to update · 1 possible duplicate · 2 with errors");
        assertThat(Messages.text(Locale.forLanguageTag("nb"), "import.counts", 1, 0, 1, 2))
                .isEqualTo("1 ny · 0 å oppdatere · 1 mulig duplikat · 2 med feil");
        assertThat(Messages.text(Locale.forLanguageTag("nb"), "import.counts", 3, 1, 2, 0))
                .isEqualTo("3 nye · 1 å oppdatere · 2 mulige duplikater · 0 med feil");
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }
}
