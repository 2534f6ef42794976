package io.clientele.customer;

import io.clientele.base.Csv;
import io.clientele.base.SpecificationQueries;
import io.clientele.base.SqlCapture;
import io.clientele.bulk.BulkJobService;
import io.clientele.tenant.TenantContext;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * A CSV export of the customers' own columns written by PostgreSQL's COPY: the list's query as Hibernate renders it
 * (every filter value a literal, the tenant filled in), so a million rows never become Java objects. COPY sends the
 * raw columns, dates already in the user's zone; each row's fields then get the formula guard of {@link Csv}, their
 * labels and the minute precision on their way into the file as bytes, which is cheaper than doing it in SQL. The
 * file reads back exactly as the row-by-row writer's does; anything this cannot express (another database, teams,
 * groups, push or consent columns, a time zone PostgreSQL does not know) is left to that writer.
 */
@Component
class CustomerCsvCopy {
    /** What the captured query selects, named as the COPY's columns read them. */
    private static final String[] ATTRIBUTES = {
        "id",
        "displayName",
        "firstName",
        "lastName",
        "email",
        "phone",
        "type",
        "status",
        "nextVisitAt",
        "createdAt",
        "lastLoginAt",
        "deletedAt"
    };

    private static final String NAMES = "x(id, display_name, first_name, last_name, email, phone, type, status, "
            + "next_visit_at, created_at, last_login_at, deleted_at)";
    private static final Pattern TENANT_PARAMETER = Pattern.compile("tenant_id\\s*=\\s*$");
    /** "2026-11-24 09:30": the start of PostgreSQL's ISO timestamp, as the row-by-row writer writes an instant. */
    private static final int MINUTES = 16;

    /** How a column's field from COPY becomes the file's: as it is, guarded text, cut to the minute, or a label. */
    private enum Kind {
        PLAIN,
        TEXT,
        DATE_TIME,
        LABEL
    }

    /** A column of the COPY: its SQL over the captured row {@code x} and, for labels, each value's field ("": none). */
    private record Column(String sql, Kind kind, Map<String, byte[]> labels) {
        Column(String sql, Kind kind) {
            this(sql, kind, Map.of());
        }
    }

    private final EntityManager em;
    private final SpecificationQueries queries;

    CustomerCsvCopy(EntityManager em, SpecificationQueries queries) {
        this.em = em;
        this.queries = queries;
    }

    /**
     * Writes the BOM, {@code headers} and every row of {@code where} in {@code sort} into {@code out}, reporting
     * each thousand rows to {@code step}; false (and nothing written) when COPY cannot make this file. Runs inside
     * the export's read-only transaction.
     */
    boolean write(
            Specification<Customer> where,
            Sort sort,
            List<String> keys,
            List<String> headers,
            Function<String, String> text,
            ZoneId zone,
            OutputStream out,
            BulkJobService.Step step) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            List<Column> columns = keys.stream().map(k -> column(k, text)).toList();
            if (columns.isEmpty()
                    || columns.stream().anyMatch(Objects::isNull)
                    || !c.isWrapperFor(PGConnection.class)
                    || !inZone(c, zone.getId())) {
                return false;
            }
            List<String> sql = SqlCapture.of(() -> {
                try (var rows = queries.tuples(Customer.class, where, sort, 1, ATTRIBUTES)) {
                    rows.findFirst();
                }
            });
            Optional<String> query =
                    sql.size() == 1 ? withTenant(sql.getFirst(), TenantContext.current()) : Optional.empty();
            if (query.isEmpty()) {
                return false;
            }
            try {
                Csv.start(out, headers).flush();
                copy(
                        c.unwrap(PGConnection.class)
                                .getCopyAPI()
                                .copyOut("COPY (SELECT x.id, "
                                        + columns.stream().map(Column::sql).collect(Collectors.joining(", "))
                                        + " FROM ("
                                        + query.get() + ") AS " + NAMES + ") TO STDOUT WITH (FORMAT csv)"),
                        columns,
                        out,
                        step);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return true;
        });
    }

    /** The rows as COPY sends them, without the leading id (kept for the job's audit), each ending in CRLF. */
    private static void copy(CopyOut copy, List<Column> columns, OutputStream out, BulkJobService.Step step)
            throws SQLException, IOException {
        List<Long> ids = new ArrayList<>(CustomerChunks.CHUNK);
        byte[] row;
        while ((row = copy.readFromCopy()) != null) {
            long id = 0;
            int at = 0;
            while (row[at] != ',') {
                id = id * 10 + (row[at++] - '0');
            }
            ids.add(id);
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                at = field(row, at + 1, columns.get(i), out);
            }
            out.write('\r');
            out.write('\n');
            if (ids.size() == CustomerChunks.CHUNK) {
                step.advance(ids.size(), ids);
                ids = new ArrayList<>(CustomerChunks.CHUNK);
                if (step.cancelled()) {
                    // The file ends here. The rest of the stream is read and dropped: the driver's cancelCopy leaves
                    // a pooled connection out of step with the server ("expected BEGIN, got COMMIT" on its next use).
                    while (copy.readFromCopy() != null) {
                        continue;
                    }
                    return;
                }
            }
        }
        step.advance(ids.size(), ids);
    }

    /**
     * Writes the field of COPY's CSV {@code row} that starts at {@code start} as {@code column} wants it; returns
     * where it ends (its comma or the newline). Only text can be quoted: it is the only kind with free content.
     */
    private static int field(byte[] row, int start, Column column, OutputStream out) throws IOException {
        int end = start;
        if (row[start] == '"') {
            end++;
            while (row[end] != '"' || row[end + 1] == '"') {
                end += row[end] == '"' ? 2 : 1;
            }
            end++;
        } else {
            while (row[end] != ',' && row[end] != '\n') {
                end++;
            }
        }
        switch (column.kind()) {
            case PLAIN -> out.write(row, start, end - start);
            case DATE_TIME -> out.write(row, start, Math.min(end - start, MINUTES));
            case LABEL -> {
                byte[] label = column.labels().get(new String(row, start, end - start, StandardCharsets.UTF_8));
                if (label == null) {
                    out.write(row, start, end - start);
                } else {
                    out.write(label);
                }
            }
            case TEXT -> {
                int first = row[start] == '"' ? start + 1 : start;
                if (first < end && Csv.FORMULA_START.indexOf(row[first]) >= 0) {
                    out.write(row, start, first - start);
                    out.write('\'');
                    out.write(row, first, end - first);
                } else {
                    out.write(row, start, end - start);
                }
            }
        }
        return end;
    }

    /** A list column as COPY reads it, or null for one that is not the customer's own. */
    private static Column column(String key, Function<String, String> text) {
        return switch (key) {
            case "id" -> new Column("x.id", Kind.PLAIN);
            case "name" -> new Column("x.display_name", Kind.TEXT);
            case "firstName" -> new Column("x.first_name", Kind.TEXT);
            case "lastName" -> new Column("x.last_name", Kind.TEXT);
            case "email" -> new Column("x.email", Kind.TEXT);
            case "phone" -> new Column("x.phone", Kind.TEXT);
            // A deleted customer's status field comes empty and reads as the Deleted badge.
            case "status" ->
                new Column(
                        "CASE WHEN x.deleted_at IS NULL THEN x.status END",
                        Kind.LABEL,
                        labels(CustomerStatus.values(), "customer.status.", text, text.apply("badge.deleted")));
            case "type" -> new Column("x.type", Kind.LABEL, labels(CustomerType.values(), "customer.type.", text, ""));
            case "nextVisit" -> new Column("x.next_visit_at", Kind.DATE_TIME);
            case "createdAt" -> new Column("x.created_at", Kind.DATE_TIME);
            case "lastLoginAt" -> new Column("x.last_login_at", Kind.DATE_TIME);
            default -> null;
        };
    }

    /** Each value's label as a guarded CSV field; {@code none} for an empty field. */
    private static Map<String, byte[]> labels(
            Enum<?>[] values, String prefix, Function<String, String> text, String none) {
        Map<String, byte[]> labels = new HashMap<>();
        labels.put("", field(none));
        for (Enum<?> v : values) {
            labels.put(v.name(), field(text.apply(prefix + v)));
        }
        return labels;
    }

    private static byte[] field(String value) {
        return CSVFormat.RFC4180.format(Csv.neutralize(value)).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Whether PostgreSQL knows {@code zone}; if so, this transaction's timestamps come out in it (set_config of a
     * bound value: the zone never becomes SQL text).
     */
    private static boolean inZone(Connection c, String zone) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT set_config('TimeZone', name, true) FROM pg_timezone_names" + " WHERE name = ?")) {
            s.setString(1, zone);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    /**
     * {@code sql} with each of Hibernate's tenant parameters replaced by {@code tenant}; empty if it has any other
     * parameter (a value that is not a literal), which a COPY could not carry.
     */
    static Optional<String> withTenant(String sql, long tenant) {
        StringBuilder filled = new StringBuilder(sql.length());
        boolean quoted = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            quoted ^= c == '\'';
            if (c == '?' && !quoted) {
                if (!TENANT_PARAMETER.matcher(filled).find()) {
                    return Optional.empty();
                }
                filled.append(tenant);
            } else {
                filled.append(c);
            }
        }
        return Optional.of(filled.toString());
    }
}
