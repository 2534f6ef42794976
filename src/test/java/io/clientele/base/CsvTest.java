package io.clientele.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** A header is user text too (a consent field's name): a spreadsheet must not read it as a formula. */
class CsvTest {
    @Test
    void headersAreGuardedLikeCells() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var csv = Csv.start(out, List.of("Name", "=1+2 <img src=x onerror=alert(1)>", "@SUM(A1)", "-2"))) {
            Csv.row(csv, List.of("Ada", "+47 1", "=HYPERLINK()", "plain"));
        }
        String text = out.toString(StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records =
                CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertThat(records.get(0).toList())
                .containsExactly("Name", "'=1+2 <img src=x onerror=alert(1)>", "'@SUM(A1)", "'-2");
        assertThat(records.get(1).toList()).containsExactly("Ada", "'+47 1", "'=HYPERLINK()", "plain");
    }
}
