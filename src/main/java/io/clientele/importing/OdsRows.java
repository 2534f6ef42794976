package io.clientele.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The first table of an OpenDocument spreadsheet (LibreOffice, and Clientele's own ODS export) read as rows while
 * its content.xml is parsed with StAX. The zip is opened by POI's guarded reader, which refuses an entry that
 * inflates beyond its ratio (a zip bomb); a DOCTYPE (the way to an XML entity attack) is refused. Repeated rows and
 * cells (how ODS writes runs of empty cells, often a million of them) are expanded only where a value follows.
 */
final class OdsRows implements ImportTable.Rows {
    static final String MIME = "application/vnd.oasis.opendocument.spreadsheet";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

    private final ZipSecureFile zip;
    private final InputStream content;
    private final XMLStreamReader xml;
    private long number;

    private OdsRows(ZipSecureFile zip, InputStream content, XMLStreamReader xml) {
        this.zip = zip;
        this.content = content;
        this.xml = xml;
    }

    /** Whether the zip at {@code file} says it is an ODS spreadsheet (its stored mimetype entry). */
    static boolean isOds(Path file) throws IOException {
        try (ZipSecureFile z = new ZipSecureFile(file.toFile())) {
            ZipArchiveEntry mime = z.getEntry("mimetype");
            if (mime == null) {
                return false;
            }
            try (InputStream in = z.getInputStream(mime)) {
                return new String(in.readNBytes(100), StandardCharsets.US_ASCII)
                        .strip()
                        .equals(MIME);
            }
        } catch (IOException | RuntimeException notAZip) {
            return false;
        }
    }

    static ImportTable table(Path file) {
        ZipSecureFile zip = null;
        try {
            zip = new ZipSecureFile(file.toFile());
            ZipArchiveEntry entry = zip.getEntry("content.xml");
            if (entry == null) {
                throw ImportTable.refused("import.not-a-spreadsheet");
            }
            InputStream content = zip.getInputStream(entry);
            return new ImportTable(
                    new OdsRows(zip, content, Spreadsheets.XML.createXMLStreamReader(content)), null, false, (char) 0);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            closeQuietly(zip);
            throw e instanceof io.clientele.base.ActionRefusedException a ? a : Spreadsheets.refused(e);
        }
    }

    @Override
    public ImportTable.Row next() {
        try {
            List<String> cells = null;
            int rowRepeat = 1;
            int blanks = 0;
            int cellRepeat = 1;
            String value = null;
            StringBuilder text = null;
            int paragraphs = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw ImportTable.refused("import.not-a-spreadsheet");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "table-row" -> {
                            cells = new ArrayList<>();
                            blanks = 0;
                            rowRepeat = repeat("number-rows-repeated");
                        }
                        case "table-cell", "covered-table-cell" -> {
                            cellRepeat = repeat("number-columns-repeated");
                            value = typed();
                            text = new StringBuilder();
                            paragraphs = 0;
                        }
                        case "p" -> {
                            if (text != null && paragraphs++ > 0) {
                                text.append('\n');
                            }
                        }
                        case "s" -> {
                            if (text != null) {
                                text.append(" ".repeat(Math.min(repeat("c"), 1000)));
                            }
                        }
                        case "tab" -> {
                            if (text != null) text.append('\t');
                        }
                        case "line-break" -> {
                            if (text != null) text.append('\n');
                        }
                        default -> {}
                    }
                } else if (event == XMLStreamConstants.CHARACTERS && text != null) {
                    text.append(xml.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "table-cell", "covered-table-cell" -> {
                            String cell = value != null ? value : text == null ? "" : text.toString();
                            if (cell.isEmpty()) {
                                blanks += cellRepeat;
                            } else {
                                for (int i = 0; i < blanks; i++) cells.add("");
                                blanks = 0;
                                for (int i = 0; i < Math.min(cellRepeat, ImportTable.MAX_COLUMNS + 1); i++) {
                                    cells.add(cell);
                                }
                            }
                            text = null;
                            value = null;
                        }
                        case "table-row" -> {
                            number += rowRepeat;
                            // Runs of empty rows (ODS pads the sheet with them) are no rows to import.
                            if (!cells.isEmpty()) {
                                return new ImportTable.Row(number, cells);
                            }
                        }
                        // The first sheet only.
                        case "table" -> {
                            if (TABLE.equals(xml.getNamespaceURI())) {
                                return null;
                            }
                        }
                        default -> {}
                    }
                }
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            throw e instanceof io.clientele.base.ActionRefusedException a ? a : Spreadsheets.refused(e);
        }
    }

    private int repeat(String attribute) {
        String n = xml.getAttributeValue(TABLE, attribute);
        if (n == null) {
            n = xml.getAttributeValue("urn:oasis:names:tc:opendocument:xmlns:text:1.0", attribute);
        }
        try {
            return n == null ? 1 : Math.max(1, Integer.parseInt(n.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** A typed cell's value as a person would type it: numbers plain, dates ISO, booleans TRUE/FALSE. */
    private String typed() {
        String type = xml.getAttributeValue(OFFICE, "value-type");
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "float", "percentage", "currency" -> {
                String v = xml.getAttributeValue(OFFICE, "value");
                try {
                    yield v == null
                            ? null
                            : new java.math.BigDecimal(v.strip())
                                    .stripTrailingZeros()
                                    .toPlainString();
                } catch (NumberFormatException e) {
                    yield v;
                }
            }
            case "date" -> xml.getAttributeValue(OFFICE, "date-value");
            case "boolean" -> {
                String v = xml.getAttributeValue(OFFICE, "boolean-value");
                yield v == null ? null : v.toUpperCase(java.util.Locale.ROOT);
            }
            default -> null;
        };
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
            content.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        } finally {
            zip.close();
        }
    }

    private static void closeQuietly(ZipSecureFile zip) {
        if (zip != null) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // Refusing the file is what matters.
            }
        }
    }
}
