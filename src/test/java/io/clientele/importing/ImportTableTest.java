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
