package io.clientele.bulk;

import io.clientele.base.Texts;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Excel with POI's streaming workbook: 100 rows in memory, the rest flushed to a temporary file. */
final class XlsxWriter implements ExportWriter {
    private final OutputStream out;
    private final List<ExportColumn> columns;
    private final ZoneId zone;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    private final SXSSFSheet sheet;
    private final CellStyle date;
    private final CellStyle dateTime;
    private int next;

    XlsxWriter(OutputStream out, List<ExportColumn> columns, String title, ZoneId zone) {
        this.out = out;
        this.columns = columns;
        this.zone = zone;
        sheet = workbook.createSheet(title.length() > 31 ? title.substring(0, 31) : title);
        CreationHelper helper = workbook.getCreationHelper();
        date = workbook.createCellStyle();
        date.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd"));
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row header = sheet.createRow(next++);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(bold);
            sheet.setColumnWidth(i, columns.get(i).type() == ExportColumn.Type.TEXT ? 24 * 256 : 16 * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(List<Object> cells, ExportPerson person) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            switch (value) {
                case Boolean b -> cell.setCellValue(b);
                case Long n -> cell.setCellValue(n);
                case Integer n -> cell.setCellValue(n);
                case BigDecimal n -> cell.setCellValue(n.doubleValue());
                case LocalDate d -> {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                }
                case Instant t -> {
                    cell.setCellValue(t.atZone(zone).toLocalDateTime());
                    cell.setCellStyle(dateTime);
                }
                default -> cell.setCellValue(Texts.xmlSafe(value.toString()));
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, columns.size() - 1));
            workbook.write(out);
            out.flush();
        } finally {
            workbook.close();
        }
    }
}
