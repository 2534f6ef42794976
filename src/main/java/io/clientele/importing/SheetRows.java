package io.clientele.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * The first sheet of an XLSX file read as rows while it is parsed (StAX over the sheet's XML), so a sheet of
 * 100,000 rows is never a workbook in memory; only its shared strings are. POI refuses a zip whose entries inflate
 * beyond its ratio (a zip bomb); a DOCTYPE anywhere (the way to an XML entity attack) is refused by POI's parsers and
 * by this one. Cells come as their text: shared and inline strings, numbers as typed (a date is its serial number),
 * booleans as TRUE/FALSE.
 */
final class SheetRows implements ImportTable.Rows {

    private final OPCPackage pkg;
    private final InputStream sheet;
    private final XMLStreamReader xml;
    private final ReadOnlySharedStringsTable strings;

    private SheetRows(OPCPackage pkg, InputStream sheet, XMLStreamReader xml, ReadOnlySharedStringsTable strings) {
        this.pkg = pkg;
        this.sheet = sheet;
        this.xml = xml;
        this.strings = strings;
    }

    static ImportTable table(Path file) throws IOException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            throw Spreadsheets.refused(e);
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw ImportTable.refused("import.empty");
            }
            InputStream sheet = sheets.next();
            return new ImportTable(
                    new SheetRows(pkg, sheet, Spreadsheets.XML.createXMLStreamReader(sheet), strings),
                    null,
                    false,
                    (char) 0);
        } catch (OpenXML4JException | XMLStreamException | org.xml.sax.SAXException | IOException e) {
            pkg.revert();
            throw Spreadsheets.refused(e);
        } catch (RuntimeException e) {
            pkg.revert();
            throw e instanceof io.clientele.base.ActionRefusedException a ? a : Spreadsheets.refused(e);
        }
    }

    @Override
    public ImportTable.Row next() {
        try {
            List<String> cells = null;
            long number = 0;
            int column = 0;
            String type = null;
            String value = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "row" -> {
                            cells = new ArrayList<>();
                            String r = xml.getAttributeValue(null, "r");
                            number = r == null ? number + 1 : Long.parseLong(r);
                        }
                        case "c" -> {
                            column = column(xml.getAttributeValue(null, "r"), cells == null ? 0 : cells.size());
                            type = xml.getAttributeValue(null, "t");
                            value = null;
                        }
                        case "v" -> value = xml.getElementText();
                        case "t" -> value = (value == null ? "" : value) + xml.getElementText();
                        default -> {}
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && cells != null) {
                    if (xml.getLocalName().equals("c")) {
                        while (cells.size() < column) {
                            cells.add("");
                        }
                        if (cells.size() == column) {
                            cells.add(text(type, value));
                        }
                    } else if (xml.getLocalName().equals("row")) {
                        return new ImportTable.Row(number, cells);
                    }
                }
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            throw Spreadsheets.refused(e);
        }
    }

    private String text(String type, String value) {
        if (value == null) {
            return "";
        }
        return switch (type == null ? "n" : type) {
            case "s" -> strings.getItemAt(Integer.parseInt(value.strip())).getString();
            case "b" -> "1".equals(value) ? "TRUE" : "FALSE";
            case "n" -> number(value);
            default -> value;
        };
    }

    /** A number as a person typed it: 4791234567, not the stored 4.791234567E9. */
    private static String number(String value) {
        try {
            return new java.math.BigDecimal(value.strip()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return value;
        }
    }

    /** "C7" is column 2 (from 0); a cell without a reference follows the one before. */
    private static int column(String reference, int next) {
        if (reference == null) {
            return next;
        }
        int n = 0;
        for (char c : reference.toCharArray()) {
            if (c < 'A' || c > 'Z') {
                break;
            }
            n = n * 26 + (c - 'A' + 1);
        }
        return n == 0 ? next : n - 1;
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
            sheet.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        } finally {
            pkg.revert();
        }
    }
}
