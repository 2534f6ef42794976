package io.clientele.privacy;

import io.clientele.base.Texts;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The access request's ZIP: the same records as JSON for machines and as a page for the person to read. */
final class PersonalDataFiles {
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private PersonalDataFiles() {}

    static void zip(PersonalData data, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("customer_id", data.customerId());
        json.put("generated_at", Instant.now().toString());
        json.putAll(data.sections());
        zip.putNextEntry(new ZipEntry("personal-data.json"));
        zip.write(JSON.writeValueAsBytes(json));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("personal-data.html"));
        zip.write(html(data).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        if (data.picture() != null) {
            zip.putNextEntry(new ZipEntry("picture.png"));
            zip.write(data.picture());
            zip.closeEntry();
        }
        zip.finish();
    }

    /** One table per category, its columns as the records have them; a category without records says so. */
    private static String html(PersonalData data) {
        StringBuilder b =
                new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Personal data of "
                        + "customer #" + data.customerId()
                        + "</title><style>body{font-family:system-ui,sans-serif;margin:2rem}"
                        + "table{border-collapse:collapse;margin-bottom:1.5rem}th,td{border:1px solid #ccc;padding:.25rem .5rem;"
                        + "text-align:left;vertical-align:top}th{background:#f2f2f2}</style></head><body><h1>Personal data of "
                        + "customer #" + data.customerId() + "</h1><p>Generated " + Instant.now() + "</p>\n");
        data.sections().forEach((name, rows) -> {
            String title = name.replace('_', ' ');
            b.append("<h2>")
                    .append(Texts.html(Character.toUpperCase(title.charAt(0)) + title.substring(1)))
                    .append("</h2>\n");
            if (rows.isEmpty()) {
                b.append("<p>None.</p>\n");
                return;
            }
            if (rows.size() == 1) {
                // One record (the profile, the login) reads better as field and value, one per line.
                b.append("<table><tbody>\n");
                rows.getFirst()
                        .forEach((k, v) -> b.append("<tr><th>")
                                .append(Texts.html(k))
                                .append("</th><td>")
                                .append(v == null ? "" : Texts.html(v.toString()))
                                .append("</td></tr>\n"));
                b.append("</tbody></table>\n");
                return;
            }
            Set<String> columns = new LinkedHashSet<>();
            rows.forEach(r -> columns.addAll(r.keySet()));
            b.append("<table><thead><tr>");
            columns.forEach(c -> b.append("<th>").append(Texts.html(c)).append("</th>"));
            b.append("</tr></thead><tbody>\n");
            for (Map<String, Object> row : rows) {
                b.append("<tr>");
                for (String c : columns) {
                    Object v = row.get(c);
                    b.append("<td>")
                            .append(v == null ? "" : Texts.html(v.toString()))
                            .append("</td>");
                }
                b.append("</tr>\n");
            }
            b.append("</tbody></table>\n");
        });
        return b.append("</body></html>\n").toString();
    }
}
