package io.clientele.bulk;

import io.clientele.base.Csv;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/** RFC 4180 with the BOM and formula guard of {@link Csv}; dates in ISO form so any tool reads them back. */
final class CsvExportWriter implements ExportWriter {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final CSVPrinter csv;
    private final ZoneId zone;

    CsvExportWriter(OutputStream out, List<ExportColumn> columns, ZoneId zone) throws IOException {
        this.csv = Csv.start(out, columns.stream().map(ExportColumn::header).toList());
        this.zone = zone;
    }

    @Override
    public void row(List<Object> cells, ExportPerson person) throws IOException {
        Csv.row(
                csv,
                cells.stream()
                        .map(v -> v instanceof Instant t
                                ? DATE_TIME.format(t.atZone(zone))
                                : v == null ? "" : v.toString())
                        .toList());
    }

    @Override
    public void close() throws IOException {
        csv.flush();
    }
}
