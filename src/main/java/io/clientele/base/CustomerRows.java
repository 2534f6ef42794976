package io.clientele.base;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The statements {@link CustomerData} owners share, over one table at a time. Table and column names come from the
 * owners' constants (checked to be plain names); every value is a parameter.
 */
@Component
public class CustomerRows {
    private static final Pattern NAME = Pattern.compile("[a-z_]+");
    /** Columns that are secrets, not personal data about the person: never exported. */
    private static final List<String> SECRETS = List.of("password_hash");

    private final JdbcTemplate jdbc;

    CustomerRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /**
     * The rows that point at a record: by {@code column}, or, for a table keyed by (owner type, owner id), by
     * {@code owner_id} of that owner type.
     */
    public record Ref(String table, String column, OwnerType ownerType) {
        public Ref {
            if (!NAME.matcher(table).matches() || !NAME.matcher(column).matches()) {
                throw new IllegalArgumentException(table + "." + column);
            }
        }

        public static Ref of(String table, String column) {
            return new Ref(table, column, null);
        }

        /** The rows of one owner type in a table keyed by (owner_type, owner_id). */
        public static Ref owned(String table, OwnerType type) {
            return new Ref(table, "owner_id", type);
        }

        public String name() {
            return table + "." + column;
        }

        String where(String alias) {
            String prefix = alias.isEmpty() ? "" : alias + ".";
            return prefix + "tenant_id = ? AND " + prefix + column + " = ?"
                    + (ownerType == null ? "" : " AND " + prefix + "owner_type = '" + ownerType.name() + "'");
        }
    }

    public static Set<String> names(List<Ref> refs) {
        return refs.stream().map(Ref::name).collect(Collectors.toSet());
    }

    /** An export category: the query's "?" are the tenant and the customer, in that order. */
    public List<Map<String, Object>> section(String sql, long tenant, long customerId) {
        return jdbc.queryForList(sql, tenant, customerId).stream()
                .map(CustomerRows::plainRow)
                .toList();
    }

    public int delete(Ref ref, long tenant, long id) {
        return jdbc.update("DELETE FROM " + ref.table() + " WHERE " + ref.where(""), tenant, id);
    }

    /**
     * Moves the rows from one record to another and returns their ids. With a {@code heldKey}, a row stays where it
     * is when the target already has a row with the same key (a consent for the same field, the same price sheet).
     */
    public List<Long> move(Ref ref, String heldKey, long tenant, long from, long to) {
        String held = heldKey == null
                ? ""
                : " AND NOT EXISTS (SELECT 1 FROM " + ref.table() + " s WHERE " + ref.where("s") + " AND s."
                        + name(heldKey) + " = m." + heldKey + ")";
        List<Object> args = new ArrayList<>(List.of(tenant, from));
        if (heldKey != null) {
            args.addAll(List.of(tenant, to));
        }
        List<Long> ids = jdbc.queryForList(
                "SELECT m.id FROM " + ref.table() + " m WHERE " + ref.where("m") + held, Long.class, args.toArray());
        ids.forEach(id -> jdbc.update(
                "UPDATE " + ref.table() + " SET " + ref.column() + " = ? WHERE tenant_id = ? " + "AND id = ?",
                to,
                tenant,
                id));
        return ids;
    }

    /** Puts rows moved by id back on a record; {@code ids} as a merge kept them (none for a table moved later). */
    public void moveBack(Ref ref, Object ids, long tenant, long to) {
        if (ids == null) {
            return;
        }
        for (Object id : (List<?>) ids) {
            jdbc.update(
                    "UPDATE " + ref.table() + " SET " + ref.column() + " = ? WHERE tenant_id = ? AND id = ?",
                    to,
                    tenant,
                    ((Number) id).longValue());
        }
    }

    /**
     * Moves memberships (rows without an id, keyed by what they link to) and returns the keys moved; those the target
     * already has stay with the source.
     */
    public List<Long> moveMemberships(Ref ref, String key, long tenant, long from, long to) {
        List<Long> keys = jdbc.queryForList(
                "SELECT m." + name(key) + " FROM " + ref.table() + " m WHERE "
                        + ref.where("m") + " AND NOT EXISTS (SELECT 1 FROM " + ref.table() + " s WHERE "
                        + ref.where("s")
                        + " AND s." + key + " = m." + key + ")",
                Long.class,
                tenant,
                from,
                tenant,
                to);
        keys.forEach(k -> jdbc.update(
                "UPDATE " + ref.table() + " SET " + ref.column() + " = ? WHERE " + ref.where("") + " AND " + key
                        + " = ?",
                to,
                tenant,
                from,
                k));
        return keys;
    }

    /** Puts memberships moved by {@link #moveMemberships} back from {@code from} to {@code to}. */
    public void moveMembershipsBack(Ref ref, String key, Object keys, long tenant, long from, long to) {
        if (keys == null) {
            return;
        }
        for (Object k : (List<?>) keys) {
            jdbc.update(
                    "UPDATE " + ref.table() + " SET " + ref.column() + " = ? WHERE " + ref.where("") + " AND "
                            + name(key) + " = ?",
                    to,
                    tenant,
                    from,
                    ((Number) k).longValue());
        }
    }

    private static String name(String column) {
        if (!NAME.matcher(column).matches()) {
            throw new IllegalArgumentException(column);
        }
        return column;
    }

    /** Column names in lower case (H2 answers in capitals), secrets left out, instants in ISO form, amounts exactly. */
    public static Map<String, Object> plainRow(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((k, v) -> {
            String key = k.toLowerCase(Locale.ROOT);
            if (!SECRETS.contains(key)) {
                out.put(key, plain(v));
            }
        });
        return out;
    }

    public static Object plain(Object v) {
        return switch (v) {
            case Timestamp t -> t.toInstant().toString();
            case OffsetDateTime t -> t.toInstant().toString();
            case BigDecimal d -> d.toPlainString();
            case null, default -> v;
        };
    }
}
