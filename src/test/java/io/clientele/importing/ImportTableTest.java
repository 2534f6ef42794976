package io.clientele.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.base.ActionRefusedException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files as spreadsheets and other systems write them: the encoding from the byte-order mark or the bytes, the
 * delimiter from the header line, quoted line breaks; and the files nobody can import, each refused with its reason.
 */
class ImportTableTest {
    @TempDir
    Path dir;

    @Test
    void utf8WithBomCommasAndAQuotedLineBreak() throws IOException {
        Path file = file(bytes(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "First name,Last name,Note\r\nÅse,\"Ødegård, jr.\",\"line one\r\nline two\"\r\nOla,Nordmann,=SUM(A1)\r\n",
                StandardCharsets.UTF_8));
        try (ImportTable t = ImportTable.csv(file, null)) {
            assertThat(t.header()).containsExactly("First name", "Last name", "Note");
            assertThat(t.charset()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(t.charsetGuessed()).isFalse();
            assertThat(t.delimiter()).isEqualTo(',');
            ImportTable.Row first = t.next();
            assertThat(first.fields()).containsExactly("Åse", "Ødegård, jr.", "line one\r\nline two");
            assertThat(first.number()).isEqualTo(2);
            assertThat(t.next().fields())
                    .as("a formula is text as typed")
                    .containsExactly("Ola", "Nordmann", "=SUM(A1)");
            assertThat(t.next()).isNull();
        }
    }

    @Test
    void utf16WithBomAndTabs() throws IOException {
        Path file = file(bytes(
                new byte[] {(byte) 0xFF, (byte) 0xFE},
                "Navn\tE-post\nBjørn Ærlig\tb@eksempel.no\n",
                StandardCharsets.UTF_16LE));
        try (ImportTable t = ImportTable.csv(file, null)) {
            assertThat(t.charset()).isEqualTo(StandardCharsets.UTF_16LE);
            assertThat(t.delimiter()).isEqualTo('\t');
            assertThat(t.next().fields()).containsExactly("Bjørn Ærlig", "b@eksempel.no");
        }
    }

    @Test
    void norwegianExcelIsWindows1252WithSemicolonsShownAsAGuessThatCanBeChanged() throws IOException {
        Charset windows = Charset.forName("windows-1252");
        Path file = file("Fornavn;Etternavn;E-post\r\nBjørn;Øye;\"b;ø@eksempel.no\"\r\n".getBytes(windows));
        try (ImportTable t = ImportTable.csv(file, null)) {
            assertThat(t.charset()).isEqualTo(windows);
            assertThat(t.charsetGuessed()).isTrue();
            assertThat(t.delimiter()).isEqualTo(';');
            assertThat(t.next().fields()).containsExactly("Bjørn", "Øye", "b;ø@eksempel.no");
        }
        // The person picks another encoding: the bytes are read as it says (here wrongly, so ø cannot be read).
        try (ImportTable t = ImportTable.csv(file, StandardCharsets.UTF_8)) {
            assertThat(t.charsetGuessed()).isFalse();
            assertThat(t.next().fields().getFirst()).isEqualTo("Bj\uFFFDrn");
        }
    }

    @Test
    void aRowLongerThanItsHeaderKeepsItsFieldsForThePreviewToRefuse() throws IOException {
        try (ImportTable t = ImportTable.csv(file("a,b\n1,2,3\n".getBytes(StandardCharsets.UTF_8)), null)) {
            assertThat(t.next().fields()).containsExactly("1", "2", "3");
        }
    }

    @Test
    void filesNobodyCanImportAreRefusedWithTheirReason() throws IOException {
        assertRefused(new byte[0], "import.empty");
        assertRefused(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "import.empty");
        assertRefused("\r\n\r\n".getBytes(StandardCharsets.UTF_8), "import.empty");
        assertRefused("First name,Last name\r\n".getBytes(StandardCharsets.UTF_8), "import.header-only");
        byte[] png = new byte[4096];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}, 0, png, 0, 12);
        assertRefused(png, "import.not-text");
        String wide = String.join(",", Collections.nCopies(10_000, "c")) + "\n"
                + String.join(",", Collections.nCopies(10_000, "1")) + "\n";
        assertThatThrownBy(() -> ImportTable.csv(file(wide.getBytes(StandardCharsets.UTF_8)), null))
                .isInstanceOfSatisfying(ActionRefusedException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("import.too-many-columns");
                    assertThat(e.args()).containsExactly(10_000, ImportTable.MAX_COLUMNS);
                });
        assertRefused("a,b\n1,\"open\n2,3\n".getBytes(StandardCharsets.UTF_8), "import.malformed");
        try (ImportTable t = ImportTable.csv(file("a,b\n1,2\n3,\"open\n".getBytes(StandardCharsets.UTF_8)), null)) {
            assertThat(t.next().fields()).containsExactly("1", "2");
            assertThatThrownBy(t::next)
                    .isInstanceOfSatisfying(
                            ActionRefusedException.class,
                            e -> assertThat(e.getMessage()).isEqualTo("import.malformed"));
        }
    }

    @Test
    void anXlsxFirstSheetIsReadRowByRow() throws IOException {
        Path file = xlsx(null);
        try (ImportTable t = ImportTable.open(file, null)) {
            assertThat(t.header()).containsExactly("Fornavn", "Etternavn", "Telefon", "Aktiv");
            assertThat((int) t.delimiter()).isZero();
            assertThat(t.charset()).isNull();
            ImportTable.Row first = t.next();
            assertThat(first.number()).isEqualTo(2);
            assertThat(first.fields()).containsExactly("Åse", "Ødegård", "4791234567", "TRUE");
            assertThat(t.next().fields())
                    .as("an empty cell keeps the columns after it in place")
                    .containsExactly("Ola", "", "=SUM(A1)");
            assertThat(t.next()).isNull();
        }
    }

    @Test
    void aSpreadsheetWithAnEntityAttackOrAZipBombIsRefused() throws IOException {
        String attack = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData></worksheet>";
        assertThatThrownBy(() -> ImportTable.open(xlsx(attack), null))
                .isInstanceOfSatisfying(
                        ActionRefusedException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("import.not-a-spreadsheet"));
        String bomb = "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                + "main\"><sheetData>" + " ".repeat(30_000_000) + "</sheetData></worksheet>";
        assertThatThrownBy(() -> {
                    try (ImportTable t = ImportTable.open(xlsx(bomb), null)) {
                        t.next();
                    }
                })
                .isInstanceOfSatisfying(
                        ActionRefusedException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("import.zip-bomb"));
    }

    @Test
    void anOdsFirstTableIsReadWithItsRepeatedCellsAndTypedValues() throws IOException {
        String content = "<table:table table:name=\"Kunder\">"
                + "<table:table-column table:number-columns-repeated=\"1024\"/>"
                + "<table:table-row>" + cells("Fornavn", "Etternavn", "Telefon", "Aktiv")
                + "<table:table-cell table:number-columns-repeated=\"1020\"/></table:table-row>"
                + "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>Åse</text:p>"
                + "</table:table-cell><table:table-cell table:number-columns-repeated=\"1\"/>"
                + "<table:table-cell office:value-type=\"float\" office:value=\"4791234567\"><text:p>4,79E+09"
                + "</text:p></table:table-cell><table:table-cell office:value-type=\"boolean\" "
                + "office:boolean-value=\"true\"><text:p>SANN</text:p></table:table-cell>"
                + "<table:table-cell table:number-columns-repeated=\"1020\"/></table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"3\"><table:table-cell "
                + "table:number-columns-repeated=\"1024\"/></table:table-row>"
                + "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>Ola<text:s text:c=\"2\"/>"
                + "Nordmann</text:p><text:p>andre linje</text:p></table:table-cell></table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"1048570\"><table:table-cell "
                + "table:number-columns-repeated=\"1024\"/></table:table-row></table:table>"
                + "<table:table table:name=\"Ark2\"><table:table-row>" + cells("Other sheet")
                + "</table:table-row></table:table>";
        try (ImportTable t = ImportTable.open(ods(document(content)), null)) {
            assertThat(t.header()).containsExactly("Fornavn", "Etternavn", "Telefon", "Aktiv");
            ImportTable.Row first = t.next();
            assertThat(first.number()).isEqualTo(2);
            assertThat(first.fields()).containsExactly("Åse", "", "4791234567", "TRUE");
            ImportTable.Row second = t.next();
            assertThat(second.number()).as("after three empty rows").isEqualTo(6);
            assertThat(second.fields()).containsExactly("Ola  Nordmann\nandre linje");
            assertThat(t.next()).as("the padding rows and the second sheet").isNull();
        }
    }

    @Test
    void anOdsWithAnEntityAttackOrAZipBombIsRefused() throws IOException {
        String attack = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + document("<table:table><table:table-row>" + cells("&xxe;") + "</table:table-row>"
                                + "<table:table-row>" + cells("x") + "</table:table-row></table:table>")
                        .substring("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".length());
        assertThatThrownBy(() -> ImportTable.open(ods(attack), null))
                .isInstanceOfSatisfying(
                        ActionRefusedException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("import.not-a-spreadsheet"));
        String bomb = document("<table:table><table:table-row>" + cells("a") + "</table:table-row>"
                + " ".repeat(30_000_000) + "</table:table>");
        assertThatThrownBy(() -> {
                    try (ImportTable t = ImportTable.open(ods(bomb), null)) {
                        t.next();
                    }
                })
                .isInstanceOfSatisfying(
                        ActionRefusedException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("import.zip-bomb"));
    }

    @Test
    void aVCardFileIsReadCardByCardUnderTheFieldsACardCarries() throws IOException {
        Path file = file(("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Ødegård;Åse;;;\r\nFN:Åse Ødegård\r\n"
                        + "ORG:Fjord AS\r\nEMAIL;TYPE=work:ase@example.no\r\nEMAIL:other@example.no\r\n"
                        + "TEL;TYPE=cell:+47 912 34 567\r\nEND:VCARD\r\n"
                        + "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ola Nordmann\r\nEND:VCARD\r\n")
                .getBytes(StandardCharsets.UTF_8));
        try (ImportTable t = ImportTable.open(file, null)) {
            assertThat(t.vcard()).isTrue();
            assertThat(ImportMapping.suggest(t.header()))
                    .containsExactly(
                            ImportField.FIRST_NAME,
                            ImportField.LAST_NAME,
                            ImportField.NAME,
                            ImportField.COMPANY_NAME,
                            ImportField.EMAIL,
                            ImportField.PHONE,
                            ImportField.TYPE);
            assertThat(t.next().fields())
                    .containsExactly(
                            "Åse", "Ødegård", "", "Fjord AS", "ase@example.no", "+47 912 34 567", "Individual");
            ImportTable.Row ola = t.next();
            assertThat(ola.number()).isEqualTo(3);
            assertThat(ola.fields()).containsExactly("", "", "Ola Nordmann", "", "", "", "Individual");
            assertThat(t.next()).isNull();
        }
    }

    private static String cells(String... values) {
        StringBuilder b = new StringBuilder();
        for (String v : values) {
            b.append("<table:table-cell office:value-type=\"string\"><text:p>")
                    .append(v)
                    .append("</text:p>")
                    .append("</table:table-cell>");
        }
        return b.toString();
    }

    private static String document(String tables) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
                + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:spreadsheet>" + tables + "</office:spreadsheet></office:body>"
                + "</office:document-content>";
    }

    /** An ODS package as LibreOffice writes one: the stored mimetype first, then content.xml. */
    private Path ods(String content) throws IOException {
        Path file = Files.createTempFile(dir, "import", ".ods");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            byte[] mime = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
            var entry = new java.util.zip.ZipEntry("mimetype");
            entry.setMethod(java.util.zip.ZipEntry.STORED);
            entry.setSize(mime.length);
            var crc = new java.util.zip.CRC32();
            crc.update(mime);
            entry.setCrc(crc.getValue());
            out.putNextEntry(entry);
            out.write(mime);
            out.closeEntry();
            out.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return file;
    }

    /** A workbook as Excel writes it; with {@code sheet} its first sheet's XML replaced by that text. */
    private Path xlsx(String sheet) throws IOException {
        java.io.ByteArrayOutputStream made = new java.io.ByteArrayOutputStream();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var s = book.createSheet("Kunder");
            var header = s.createRow(0);
            String[] names = {"Fornavn", "Etternavn", "Telefon", "Aktiv"};
            for (int i = 0; i < names.length; i++) header.createCell(i).setCellValue(names[i]);
            var first = s.createRow(1);
            first.createCell(0).setCellValue("Åse");
            first.createCell(1).setCellValue("Ødegård");
            first.createCell(2).setCellValue(4791234567L);
            first.createCell(3).setCellValue(true);
            var second = s.createRow(2);
            second.createCell(0).setCellValue("Ola");
            second.createCell(2).setCellValue("=SUM(A1)");
            book.write(made);
        }
        Path file = Files.createTempFile(dir, "import", ".xlsx");
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(made.toByteArray()));
                var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                if (sheet != null && entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    out.write(sheet.getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return file;
    }

    private void assertRefused(byte[] content, String reason) {
        assertThatThrownBy(() -> ImportTable.csv(file(content), null))
                .isInstanceOfSatisfying(
                        ActionRefusedException.class,
                        e -> assertThat(e.getMessage()).isEqualTo(reason));
    }

    private Path file(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(dir, "import", ".csv"), content);
    }

    private static byte[] bytes(byte[] bom, String text, Charset charset) {
        List<Byte> all = new ArrayList<>();
        for (byte b : bom) all.add(b);
        for (byte b : text.getBytes(charset)) all.add(b);
        byte[] out = new byte[all.size()];
        for (int i = 0; i < out.length; i++) out[i] = all.get(i);
        return out;
    }
}
