package io.clientele.tenant;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every row a tenant owns, found from the schema itself so that a feature's new table cannot be forgotten: rows with
 * the tenant's {@code tenant_id}, and rows of tables without one that hang on such rows by a foreign key. Deleting
 * runs children before parents; the tenant's own references between its rows (a merged customer, a contact's company)
 * are cleared first so that no order is needed among them.
 */
@Component
class TenantData {
    private static final String TENANT_ID = "tenant_id";

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    TenantData(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** A foreign key column {@code column} of {@code table} pointing at {@code parent}'s {@code key}. */
    private record Reference(String table, String column, String parent, String key, boolean nullable) {}

    private record Schema(Map<String, Set<String>> columns, List<Reference> references) {}

    /** Deletes every row of the tenant, the tenant row last; returns the number of records deleted (counters aside). */
    long delete(long tenantId) {
        Schema schema = schema();
        Map<String, String> owned = ownedRows(schema);
        long rows = 0;
        // References between a tenant's own rows are cleared first, so the deletes below need no order among them.
        for (Reference r : schema.references()) {
            if (r.nullable() && owned.containsKey(r.parent()) && hasTenantId(schema, r.table())) {
                jdbc.update(
                        "UPDATE " + r.table() + " SET " + r.column() + " = NULL WHERE " + TENANT_ID + " = ? AND "
                                + r.column() + " IS NOT NULL",
                        tenantId);
            }
        }
        List<String> order = new ArrayList<>(childrenFirst(schema, owned.keySet()));
        // Counters kept by triggers on the tables above go last, since deleting those rows appends to them.
        order.sort(Comparator.comparing(TenantData::counter));
        for (String table : order) {
            String where = owned.get(table);
            Object[] args = new Object[count(where, '?')];
            java.util.Arrays.fill(args, tenantId);
            int deleted = jdbc.update("DELETE FROM " + table + " WHERE " + where, args);
            rows += counter(table) ? 0 : deleted;
        }
        return rows + jdbc.update("DELETE FROM tenant WHERE id = ?", tenantId);
    }

    /** A table of counters of other tables' rows (customer_tally): deleted with the tenant, not its records. */
    private static boolean counter(String table) {
        return table.endsWith("_tally");
    }

    /** How many records of each table the tenant owns, for the tables that hold any. */
    Map<String, Long> count(long tenantId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        ownedRows(schema()).forEach((table, where) -> {
            if (counter(table)) {
                return;
            }
            Object[] args = new Object[count(where, '?')];
            java.util.Arrays.fill(args, tenantId);
            Long n = jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE " + where, Long.class, args);
            if (n != null && n > 0) {
                counts.put(table, n);
            }
        });
        return counts;
    }

    /** For each table with tenant rows: the condition that picks them, with one {@code ?} per tenant id. */
    private static Map<String, String> ownedRows(Schema schema) {
        Map<String, String> owned = new LinkedHashMap<>();
        schema.columns().keySet().stream()
                .filter(t -> hasTenantId(schema, t) && !t.equals("tenant"))
                .forEach(t -> owned.put(t, TENANT_ID + " = ?"));
        // Tables without a tenant_id belong to the tenant through their parents; resolved until nothing is added.
        boolean added = true;
        while (added) {
            added = false;
            for (String table : schema.columns().keySet()) {
                if (owned.containsKey(table) || table.equals("tenant")) {
                    continue;
                }
                List<String> through = new ArrayList<>();
                for (Reference r : schema.references()) {
                    if (r.table().equals(table)
                            && owned.containsKey(r.parent())
                            && !r.parent().equals(table)) {
                        through.add(r.column() + " IN (SELECT " + r.key() + " FROM " + r.parent() + " WHERE "
                                + owned.get(r.parent()) + ")");
                    }
                }
                if (!through.isEmpty()) {
                    owned.put(table, String.join(" OR ", through));
                    added = true;
                }
            }
        }
        return owned;
    }

    /** The tables in an order where every table comes before the tables it references. */
    private static List<String> childrenFirst(Schema schema, Set<String> tables) {
        Map<String, Set<String>> referencedBy = new HashMap<>();
        for (Reference r : schema.references()) {
            if (!r.table().equals(r.parent()) && tables.contains(r.table()) && tables.contains(r.parent())) {
                referencedBy
                        .computeIfAbsent(r.parent(), k -> new LinkedHashSet<>())
                        .add(r.table());
            }
        }
        List<String> order = new ArrayList<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String t : tables) {
            visit(t, referencedBy, order, visiting);
        }
        return order;
    }

    private static void visit(
            String table, Map<String, Set<String>> referencedBy, List<String> order, Set<String> visiting) {
        if (order.contains(table) || !visiting.add(table)) {
            return;
        }
        for (String child : referencedBy.getOrDefault(table, Set.of())) {
            visit(child, referencedBy, order, visiting);
        }
        order.add(table);
    }

    private static boolean hasTenantId(Schema schema, String table) {
        return schema.columns().getOrDefault(table, Set.of()).contains(TENANT_ID);
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }

    /** The application's tables (Liquibase's own aside), their columns and foreign keys, in lower case. */
    private Schema schema() {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            String schema = c.getSchema();
            Map<String, Set<String>> columns = new LinkedHashMap<>();
            Map<String, Boolean> nullable = new HashMap<>();
            try (ResultSet rs = meta.getColumns(null, schema, "%", "%")) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                    if (!table.startsWith("databasechangelog")) {
                        columns.computeIfAbsent(table, t -> new LinkedHashSet<>())
                                .add(column);
                        nullable.put(table + "." + column, rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable);
                    }
                }
            }
            List<Reference> references = new ArrayList<>();
            for (String table : columns.keySet()) {
                try (ResultSet rs = meta.getImportedKeys(null, schema, tableName(meta, table))) {
                    while (rs.next()) {
                        String column = rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT);
                        references.add(new Reference(
                                table,
                                column,
                                rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT),
                                rs.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT),
                                nullable.getOrDefault(table + "." + column, false)));
                    }
                }
            }
            return new Schema(columns, references);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the schema", e);
        }
    }

    /** H2 keeps unquoted names in upper case, PostgreSQL in lower case. */
    private static String tableName(DatabaseMetaData meta, String table) throws SQLException {
        return meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
    }
}
