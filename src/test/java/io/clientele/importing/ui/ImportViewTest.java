package io.clientele.importing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import io.clientele.KaribuTest;
import io.clientele.base.Messages;
import io.clientele.customer.CustomerFilter;
import io.clientele.customer.CustomerStatus;
import io.clientele.customer.ui.CustomerListView;
import io.clientele.importing.ImportField;
import io.clientele.importing.ImportPreview.Disposition;
import io.clientele.security.Role;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Management → Import from upload to result: the columns map themselves, the preview counts and lists each row's
 * fate, the import runs as a job and offers the failed rows back.
 */
class ImportViewTest extends KaribuTest {
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
