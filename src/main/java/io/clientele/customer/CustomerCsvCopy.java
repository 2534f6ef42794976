package io.clientele.customer;

import io.clientele.base.Csv;
import io.clientele.base.SqlCapture;
import io.clientele.base.SpecificationQueries;
import io.clientele.bulk.BulkJobService;
import io.clientele.tenant.TenantContext;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A CSV export of the customers' own columns written by PostgreSQL's COPY: the list's query as Hibernate renders it
 * (every filter value a literal, the tenant filled in) with labels, dates and the formula guard of {@link Csv} done
 * in SQL, so a million rows never pass through Java objects. The file reads back exactly as the row-by-row writer's
 * does; anything this cannot express (another database, teams, groups, push or consent columns, a time zone
 * PostgreSQL does not know) is left to that writer.
 */
@Component
class CustomerCsvCopy {
    /** What the captured query selects, named as the COPY's columns read them. */
    private static final String[] ATTRIBUTES = {"id", "displayName", "firstName", "lastName", "email", "phone", "type",
            "status", "nextVisitAt", "createdAt", "lastLoginAt", "deletedAt"};
    private static final String NAMES = "x(id, display_name, first_name, last_name, email, phone, type, status, "
            + "next_visit_at, created_at, last_login_at, deleted_at)";
    private static final Pattern TENANT_PARAMETER = Pattern.compile("tenant_id\\s*=\\s*$");
    private static final int CHUNK = 1000;

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
    boolean write(Specification<Customer> where, Sort sort, List<String> keys, List<String> headers,
                  Function<String, String> text, ZoneId zone, OutputStream out, BulkJobService.Step step) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            if (keys.isEmpty() || !c.isWrapperFor(PGConnection.class) || !knows(c, zone.getId())) {
                return false;
            }
            List<String> columns = new ArrayList<>();
            for (String key : keys) {
                String column = column(key, text, zone);
                if (column == null) {
                    return false;
                }
                columns.add(column);
            }
            List<String> sql = SqlCapture.of(() -> {
                try (var rows = queries.tuples(Customer.class, where, sort, 1, ATTRIBUTES)) {
                    rows.findFirst();
                }
            });
            Optional<String> query = sql.size() == 1 ? withTenant(sql.getFirst(), TenantContext.current())
                    : Optional.empty();
            if (query.isEmpty()) {
                return false;
            }
            try {
                Csv.start(out, headers).flush();
                copy(c.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (SELECT x.id, " + String.join(", ", columns)
                        + " FROM (" + query.get() + ") AS " + NAMES + ") TO STDOUT WITH (FORMAT csv)"), out, step);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return true;
        });
    }

    /**
     * Each row COPY sends comes without the leading id (kept for the job's audit) and ends in CRLF, as RFC 4180 and
     * the row-by-row writer end it.
     */
    private static void copy(CopyOut copy, OutputStream out, BulkJobService.Step step) throws SQLException, IOException {
        List<Long> ids = new ArrayList<>(CHUNK);
        byte[] row;
        while ((row = copy.readFromCopy()) != null) {
            long id = 0;
            int i = 0;
            while (row[i] != ',') {
                id = id * 10 + (row[i++] - '0');
            }
            ids.add(id);
            out.write(row, i + 1, row.length - i - 2);
            out.write('\r');
            out.write('\n');
            if (ids.size() == CHUNK) {
                step.advance(ids.size(), ids);
                ids = new ArrayList<>(CHUNK);
                if (step.cancelled()) {
                    copy.cancelCopy();
                    return;
                }
            }
        }
        step.advance(ids.size(), ids);
    }

    /** The SQL of a list column over the captured row {@code x}, or null for one that is not the customer's own. */
    private static String column(String key, Function<String, String> text, ZoneId zone) {
        return switch (key) {
            case "id" -> "x.id";
            case "name" -> guarded("x.display_name");
            case "firstName" -> guarded("x.first_name");
            case "lastName" -> guarded("x.last_name");
            case "email" -> guarded("x.email");
            case "phone" -> guarded("x.phone");
            case "status" -> "CASE WHEN x.deleted_at IS NOT NULL THEN " + label(text.apply("badge.deleted"))
                    + labels("x.status", CustomerStatus.values(), "customer.status.", text) + " END";
            case "type" -> "CASE" + labels("x.type", CustomerType.values(), "customer.type.", text) + " END";
            case "nextVisit" -> dateTime("x.next_visit_at", zone);
            case "createdAt" -> dateTime("x.created_at", zone);
            case "lastLoginAt" -> dateTime("x.last_login_at", zone);
            default -> null;
        };
    }

    /** {@link Csv#neutralize} in SQL: a leading = + - @ tab or carriage return gets an apostrophe in front. */
    private static String guarded(String column) {
        return "CASE WHEN left(" + column + ", 1) IN ('=', '+', '-', '@', chr(9), chr(13)) THEN '''' || " + column
                + " ELSE " + column + " END";
    }

    private static String labels(String column, Enum<?>[] values, String prefix, Function<String, String> text) {
        return java.util.Arrays.stream(values).map(v -> " WHEN " + column + " = '" + v.name() + "' THEN "
                + label(text.apply(prefix + v))).collect(Collectors.joining());
    }

    private static String label(String text) {
        return literal(Csv.neutralize(text));
    }

    /** As the row-by-row writer writes an instant: "2026-11-24 09:30" in the user's zone. */
    private static String dateTime(String column, ZoneId zone) {
        return "to_char(" + column + " AT TIME ZONE " + literal(zone.getId()) + ", 'YYYY-MM-DD HH24:MI')";
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static boolean knows(Connection c, String zone) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM pg_timezone_names WHERE name = ?")) {
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
