package io.clientele.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/**
 * Hostile and unusual text, written by each export format and read back by that format's own parser: formulas stay
 * text (CSV gets the apostrophe guard, spreadsheets get text cells), markup stays text, a line break cannot start a
 * new vCard property, and characters XML forbids cannot make a file unreadable.
 */
class ExportWritersTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Oslo");
    private static final List<ExportColumn> COLUMNS = List.of(new ExportColumn("Name", ExportColumn.Type.TEXT));
    /** What a customer record may hold, as typed, pasted or imported. */
    private static final List<String> VALUES = List.of(
            "=HYPERLINK(\"http://evil.example\",\"Click\")",
            "+47 900 00 000",
            "-2+3",
            "@SUM(A1:A9)",
            "=cmd|' /C calc'!A0",
            "\tTabbed",
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(2)>",
            "Robert'); DROP TABLE customer;--",
            "Ærlig Østby Åsen 😀 שלום e\u0301",
            "Line one\nEMAIL:attacker@evil.example",
            "Bell\u0007and\u0000nul",
            "Half\uDC00pair");

    @Test
    void csvPutsAnApostropheBeforeFormulasAndKeepsEverythingElse() throws Exception {
        List<String> read = new ArrayList<>();
        try (var parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new InputStreamReader(
                        new ByteArrayInputStream(stripBom(write(ExportFormat.CSV))), StandardCharsets.UTF_8))) {
            for (CSVRecord r : parser) read.add(r.get("Name"));
        }
        // The first six start like a formula (= + - @ tab); a lone surrogate cannot be encoded in UTF-8.
        assertThat(read)
                .containsExactlyElementsOf(VALUES.stream()
                        .map(v -> VALUES.indexOf(v) < 6 ? "'" + v : v.replace("\uDC00", "?"))
                        .toList());
    }

    @Test
    void xlsxHoldsEveryValueAsATextCellNeverAFormula() throws Exception {
        List<String> read = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(write(ExportFormat.XLSX)))) {
            var sheet = book.getSheetAt(0);
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                XSSFRow row = sheet.getRow(i);
                assertThat(row.getCell(0).getCellType()).as("row %d", i).isEqualTo(CellType.STRING);
                read.add(row.getCell(0).getStringCellValue());
            }
        }
        assertThat(read)
                .containsExactlyElementsOf(
                        VALUES.stream().map(ExportWritersTest::xmlSafe).toList());
    }

    @Test
    void odsIsWellFormedAndHoldsEveryValueAsAStringCell() throws Exception {
        byte[] content = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(write(ExportFormat.ODS)))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals("content.xml")) content = zip.readAllBytes();
            }
        }
        assertThat(content).isNotNull();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(content));
        String table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
        String office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
        NodeList cells = xml.getElementsByTagNameNS(table, "table-cell");
        List<String> read = new ArrayList<>();
        for (int i = 1; i < cells.getLength(); i++) {
            var cell = (org.w3c.dom.Element) cells.item(i);
            assertThat(cell.getAttributeNS(office, "value-type")).isEqualTo("string");
            assertThat(cell.hasAttributeNS(table, "formula")).isFalse();
            read.add(cell.getTextContent());
        }
        assertThat(read)
                .containsExactlyElementsOf(
                        VALUES.stream().map(ExportWritersTest::xmlSafe).toList());
    }

    @Test
    void htmlShowsMarkupAsTextAndRunsNoScript() throws Exception {
        Document page = Jsoup.parse(new String(write(ExportFormat.HTML), StandardCharsets.UTF_8));
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("img")).isEmpty();
        assertThat(page.select("[onerror]")).isEmpty();
        List<String> read = page.select("tbody td").eachText();
        assertThat(read)
                .containsExactlyElementsOf(VALUES.stream()
                        .map(v ->
                                xmlSafe(v).replace('\n', ' ').replace('\t', ' ').strip())
                        .toList());
    }

    @Test
    void aLineBreakInANameCannotAddAPropertyToTheVCard() throws Exception {
        List<VCard> cards = Ezvcard.parse(new String(write(ExportFormat.VCARD), StandardCharsets.UTF_8))
                .all();
        assertThat(cards).hasSize(VALUES.size());
        VCard broken = cards.get(VALUES.indexOf("Line one\nEMAIL:attacker@evil.example"));
        assertThat(broken.getEmails()).extracting(e -> e.getValue()).containsExactly("someone@example.no");
        assertThat(broken.getFormattedName().getValue()).isEqualTo("Line one\nEMAIL:attacker@evil.example");
    }

    /** XML 1.0 cannot carry most control characters nor half a surrogate pair: they are left out, the rest stays. */
    private static String xmlSafe(String value) {
        return value.replace("\u0007", "").replace("\u0000", "").replace("\uDC00", "");
    }

    private static byte[] write(ExportFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExportWriter writer = ExportWriter.open(format, out, COLUMNS, "Customers", ZONE, Locale.UK)) {
            for (String value : VALUES) {
                writer.row(List.of(value), new ExportPerson("Kari", value, value, "someone@example.no", null, null));
            }
        }
        return out.toByteArray();
    }

    private static byte[] stripBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF
                ? java.util.Arrays.copyOfRange(bytes, 3, bytes.length)
                : bytes;
    }
}
