package io.clientele.base;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** How every CSV download is written: RFC 4180, UTF-8 with a BOM for Excel, formula-looking cells neutralized. */
public final class Csv {
    /** The characters a spreadsheet reads a cell as a formula by, when they come first. */
    public static final String FORMULA_START = "=+-@\t\r";

    private Csv() {}

    /**
     * Writes the BOM and the header row, guarded like every cell (a consent field's name is a header and user text);
     * the caller prints rows with {@link #row} and flushes. XLSX and ODS write text cells as typed strings, which
     * a spreadsheet never evaluates, so only CSV needs the guard.
     */
    public static CSVPrinter start(OutputStream out, List<String> headers) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        CSVPrinter csv = new CSVPrinter(
                new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), CSVFormat.RFC4180);
        csv.printRecord(headers.stream().map(Csv::neutralize));
        return csv;
    }

    public static void row(CSVPrinter csv, List<String> cells) throws IOException {
        csv.printRecord(cells.stream().map(Csv::neutralize));
    }

    /**
     * A cell that a spreadsheet would read as a formula (= + - @, or tab / carriage return first) gets a leading
     * apostrophe, as OWASP recommends for CSV injection.
     */
    public static String neutralize(String value) {
        if (value != null && !value.isEmpty() && FORMULA_START.indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value == null ? "" : value;
    }
}
