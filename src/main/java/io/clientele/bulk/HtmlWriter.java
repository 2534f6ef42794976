package io.clientele.bulk;

import io.clientele.base.Texts;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/** A standalone, printable page with one table; every value is escaped, so markup in data shows as text. */
final class HtmlWriter implements ExportWriter {
    private final Writer out;
    private final ZoneId zone;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    HtmlWriter(OutputStream stream, List<ExportColumn> columns, String title, ZoneId zone, Locale locale)
            throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        this.zone = zone;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale);
        out.write("<!DOCTYPE html>\n<html lang=\"" + Texts.html(locale.toLanguageTag())
                + "\"><head><meta charset=\"utf-8\">"
                + "<title>" + Texts.html(title) + "</title><style>"
                + "body{font-family:system-ui,sans-serif;margin:1.5rem;color:#1a1a1a}"
                + "h1{font-size:1.25rem}table{border-collapse:collapse;width:100%;font-size:.8125rem}"
                + "th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}"
                + "th{background:#f0f2f5}tbody tr:nth-child(even){background:#fafafa}td.n{text-align:right}"
                + "@media print{body{margin:0}thead{display:table-header-group}tr{break-inside:avoid}}"
                + "</style></head><body><h1>" + Texts.html(title) + "</h1><table><thead><tr>");
        for (ExportColumn c : columns) {
            out.write("<th>" + Texts.html(c.header()) + "</th>");
        }
        out.write("</tr></thead><tbody>\n");
    }

    @Override
    public void row(List<Object> cells, ExportPerson person) throws IOException {
        out.write("<tr>");
        for (Object v : cells) {
            boolean number = v instanceof Number;
            String text = switch (v) {
                case null -> "";
                case Instant t -> dateTime.format(t.atZone(zone));
                case LocalDate d -> date.format(d);
                case Boolean b -> b ? "✓" : "✗";
                default -> v.toString();
            };
            out.write(number ? "<td class=\"n\">" : "<td>");
            out.write(Texts.html(text));
            out.write("</td>");
        }
        out.write("</tr>\n");
    }

    @Override
    public void close() throws IOException {
        out.write("</tbody></table></body></html>\n");
        out.flush();
    }
}
