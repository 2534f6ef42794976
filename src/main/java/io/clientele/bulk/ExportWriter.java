package io.clientele.bulk;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Writes rows one at a time into a file of one {@link ExportFormat}; nothing but the current row (and, for XLSX,
 * a small window of rows) is held in memory. Text cells stay text in every format: a value such as "=1+1" is
 * never turned into a formula.
 */
public interface ExportWriter extends AutoCloseable {
    void row(List<Object> cells, ExportPerson person) throws IOException;

    @Override
    void close() throws IOException;

    static ExportWriter open(
            ExportFormat format, OutputStream out, List<ExportColumn> columns, String title, ZoneId zone, Locale locale)
            throws IOException {
        return switch (format) {
            case XLSX -> new XlsxWriter(out, columns, title, zone);
            case ODS -> new OdsWriter(out, columns, title, zone);
            case VCARD -> new VCardExportWriter(out);
            case CSV -> new CsvExportWriter(out, columns, zone);
            case HTML -> new HtmlWriter(out, columns, title, zone, locale);
        };
    }
}
