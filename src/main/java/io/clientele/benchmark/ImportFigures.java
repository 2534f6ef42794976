package io.clientele.benchmark;

import io.clientele.importing.ImportTable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Reading an uploaded spreadsheet of 100,000 customers: the time to the preview's first page (opening the file and
 * its first 50 rows) and the live heap the whole sheet needs while it is read row by row.
 */
final class ImportFigures {
    private static final int ROWS = 100_000;

    private ImportFigures() {}

    static void run() throws IOException, InterruptedException {
        Path file = Files.createTempFile("bench-import", ".xlsx");
        try {
            write(file);
            Timing.header(String.format(
                    "Import: an XLSX of %,d customers (%,d MB) read as the preview and the job read it",
                    ROWS, Files.size(file) >> 20));
            Timing first = Timing.of(() -> read(file, 50), 1, 5);
            Timing all = Timing.of(() -> read(file, Integer.MAX_VALUE), 0, 1);
            Timing.row(
                    "first page of 50 rows (base: every row)",
                    first,
                    all,
                    String.format("p95 %.0f ms (<= 2000)", first.p95()));
            // Half a second of reading: sampled every 20 ms.
            long growth = LiveHeap.growth(() -> read(file, Integer.MAX_VALUE), java.time.Duration.ofMillis(20));
            System.out.printf(
                    "%-44s %9.1f %9s %9s %9s %9s  live heap growth %,.1f MB (<= 128 MB), %,.0f rows/s%n",
                    "every row", all.median(), "", "", "", "", growth / 1048576.0, ROWS / (all.median() / 1000));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Object read(Path file, int rows) {
        try (ImportTable table = ImportTable.open(file, null)) {
            int n = 0;
            while (n < rows && table.next() != null) {
                n++;
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file) throws IOException {
        // Shared strings, as Excel writes them: the reader then holds every distinct text of the sheet.
        try (SXSSFWorkbook book = new SXSSFWorkbook(null, 100, false, true);
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("Customers");
            String[] header = {"First name", "Last name", "Email", "Phone", "Status"};
            Row top = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) top.createCell(i).setCellValue(header[i]);
            for (int r = 1; r <= ROWS; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("Kari" + r % 97);
                row.createCell(1).setCellValue("Nordmann" + r);
                row.createCell(2).setCellValue("kari" + r + "@import.example");
                row.createCell(3).setCellValue("+47 9" + String.format("%07d", r));
                row.createCell(4).setCellValue(r % 10 == 0 ? "Pending" : "Active");
            }
            book.write(out);
            book.dispose();
        }
    }
}
