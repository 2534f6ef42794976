package io.clientele.bulk;

import io.clientele.base.Texts;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * OpenDocument spreadsheet (OpenOffice, LibreOffice) written as a stream: the zip's stored "mimetype" entry,
 * the manifest, and content.xml through StAX, one row at a time. Cells carry their type (float, date, boolean).
 */
final class OdsWriter implements ExportWriter {
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    private static final String NUMBER = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0";
    private static final String MIME = "application/vnd.oasis.opendocument.spreadsheet";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZipOutputStream zip;
    private final XMLStreamWriter xml;
    private final ZoneId zone;

    OdsWriter(OutputStream out, List<ExportColumn> columns, String title, ZoneId zone) throws IOException {
        this.zone = zone;
        zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        byte[] mime = MIME.getBytes(StandardCharsets.US_ASCII);
        ZipEntry mimetype = new ZipEntry("mimetype");
        mimetype.setMethod(ZipEntry.STORED);
        mimetype.setSize(mime.length);
        CRC32 crc = new CRC32();
        crc.update(mime);
        mimetype.setCrc(crc.getValue());
        zip.putNextEntry(mimetype);
        zip.write(mime);
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
        zip.write(("""
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                 <manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>
                 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """.formatted(MIME)).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("content.xml"));
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(zip, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("office", "document-content", OFFICE);
            xml.writeNamespace("office", OFFICE);
            xml.writeNamespace("table", TABLE);
            xml.writeNamespace("text", TEXT);
            xml.writeNamespace("style", STYLE);
            xml.writeNamespace("fo", FO);
            xml.writeNamespace("number", NUMBER);
            xml.writeAttribute("office", OFFICE, "version", "1.2");
            styles();
            xml.writeStartElement("office", "body", OFFICE);
            xml.writeStartElement("office", "spreadsheet", OFFICE);
            xml.writeStartElement("table", "table", TABLE);
            xml.writeAttribute("table", TABLE, "name", title);
            xml.writeStartElement("table", "table-header-rows", TABLE);
            xml.writeStartElement("table", "table-row", TABLE);
            for (ExportColumn c : columns) {
                cell("string", "value", null, c.header(), "header");
            }
            xml.writeEndElement();
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** A bold header style and date styles, so LibreOffice shows dates as dates. */
    private void styles() throws XMLStreamException {
        xml.writeStartElement("office", "automatic-styles", OFFICE);
        xml.writeStartElement("number", "date-style", NUMBER);
        xml.writeAttribute("style", STYLE, "name", "iso-date");
        datePart("year");
        xml.writeStartElement("number", "text", NUMBER);
        xml.writeCharacters("-");
        xml.writeEndElement();
        datePart("month");
        xml.writeStartElement("number", "text", NUMBER);
        xml.writeCharacters("-");
        xml.writeEndElement();
        datePart("day");
        xml.writeEndElement();
        style("header", null);
        style("date", "iso-date");
        xml.writeEndElement();
    }

    private void datePart(String name) throws XMLStreamException {
        xml.writeEmptyElement("number", name, NUMBER);
        xml.writeAttribute("number", NUMBER, "style", "long");
    }

    private void style(String name, String dataStyle) throws XMLStreamException {
        xml.writeStartElement("style", "style", STYLE);
        xml.writeAttribute("style", STYLE, "name", name);
        xml.writeAttribute("style", STYLE, "family", "table-cell");
        if (dataStyle != null) {
            xml.writeAttribute("style", STYLE, "data-style-name", dataStyle);
        } else {
            xml.writeEmptyElement("style", "text-properties", STYLE);
            xml.writeAttribute("fo", FO, "font-weight", "bold");
        }
        xml.writeEndElement();
    }

    @Override
    public void row(List<Object> cells, ExportPerson person) throws IOException {
        try {
            xml.writeStartElement("table", "table-row", TABLE);
            for (Object value : cells) {
                switch (value) {
                    case null -> xml.writeEmptyElement("table", "table-cell", TABLE);
                    case Boolean b -> cell("boolean", "boolean-value", b.toString(), b.toString(), null);
                    case Long n -> cell("float", "value", n.toString(), n.toString(), null);
                    case Integer n -> cell("float", "value", n.toString(), n.toString(), null);
                    case BigDecimal n -> cell("float", "value", n.toPlainString(), n.toPlainString(), null);
                    case LocalDate d -> cell("date", "date-value", d.toString(), d.toString(), "date");
                    case Instant t -> {
                        var local = t.atZone(zone).toLocalDateTime().truncatedTo(ChronoUnit.SECONDS);
                        cell("date", "date-value", local.toString(), SHOWN.format(local), null);
                    }
                    default -> cell("string", "value", null, value.toString(), null);
                }
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void cell(String type, String valueAttribute, String value, String shown, String style)
            throws XMLStreamException {
        xml.writeStartElement("table", "table-cell", TABLE);
        xml.writeAttribute("office", OFFICE, "value-type", type);
        if (value != null) {
            xml.writeAttribute("office", OFFICE, valueAttribute, value);
        }
        if (style != null) {
            xml.writeAttribute("table", TABLE, "style-name", style);
        }
        xml.writeStartElement("text", "p", TEXT);
        xml.writeCharacters(Texts.xmlSafe(shown));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    @Override
    public void close() throws IOException {
        try {
            xml.writeEndDocument();
            xml.flush();
            zip.closeEntry();
            zip.finish();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }
}
