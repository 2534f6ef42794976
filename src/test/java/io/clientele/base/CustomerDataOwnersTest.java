package io.clientele.base;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.DatabaseTest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every column that points at a customer, organization or contact has exactly one {@link CustomerData} owner, so the
 * personal-data export, erasure, merge and permanent delete cannot miss a table. Read from the database itself: its
 * foreign keys to those tables, and every {@code customer_id} or {@code owner_id} column that has no foreign key to
 * anything else (rows keyed by owner type and id).
 */
class CustomerDataOwnersTest extends DatabaseTest {
    private static final List<String> RECORDS = List.of("customer", "organization", "contact");

    @Autowired
    DataSource dataSource;

    @Autowired
    List<CustomerData> owners;

    @Test
    void everyColumnThatPointsAtACustomerOrCompanyHasExactlyOneOwner() throws SQLException {
        Set<String> owned = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        owners.forEach(o -> o.references().forEach(r -> {
            if (!owned.add(r)) {
                twice.add(r);
            }
        }));
        try (Connection c = dataSource.getConnection()) {
            Set<String> pointing = pointingColumns(c);
            assertThat(pointing)
                    .as("columns that point at a record")
                    .contains(
                            "booking.customer_id",
                            "address.owner_id",
                            "contact.organization_id",
                            "customer.merged_into");
            assertThat(unowned(pointing, owned))
                    .as("columns without a CustomerData owner")
                    .isEmpty();
            assertThat(owned).as("owned columns the database does not have").isSubsetOf(pointing);
            assertThat(twice).as("columns with two owners").isEmpty();
        }
    }

    /** The check at work: a new table with a customer_id and no owner bean is reported by name. */
    @Test
    void aNewTableThatPointsAtACustomerWithoutAnOwnerIsFound() throws SQLException {
        Set<String> owned = new HashSet<>();
        owners.forEach(o -> owned.addAll(o.references()));
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("CREATE TABLE loyalty_card (id bigint PRIMARY KEY, tenant_id bigint NOT NULL, "
                    + "customer_id bigint REFERENCES customer(id), holder_id bigint, "
                    + "CONSTRAINT fk_loyalty_holder FOREIGN KEY (holder_id) REFERENCES customer(id))");
            try {
                assertThat(unowned(pointingColumns(c), owned))
                        .containsExactlyInAnyOrder("loyalty_card.customer_id", "loyalty_card.holder_id");
            } finally {
                s.execute("DROP TABLE loyalty_card");
            }
        }
    }

    private static Set<String> unowned(Set<String> pointing, Set<String> owned) {
        Set<String> out = new TreeSet<>(pointing);
        out.removeAll(owned);
        return out;
    }

    /** "table.column" of every column that points at a customer, organization or contact. */
    private static Set<String> pointingColumns(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String schema = c.getSchema();
        Set<String> out = new TreeSet<>();
        Set<String> withForeignKey = new HashSet<>();
        try (ResultSet tables = md.getTables(c.getCatalog(), schema, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                String table = tables.getString("TABLE_NAME");
                try (ResultSet keys = md.getImportedKeys(c.getCatalog(), schema, table)) {
                    while (keys.next()) {
                        String column =
                                name(keys.getString("FKTABLE_NAME")) + "." + name(keys.getString("FKCOLUMN_NAME"));
                        withForeignKey.add(column);
                        if (RECORDS.contains(name(keys.getString("PKTABLE_NAME")))) {
                            out.add(column);
                        }
                    }
                }
            }
        }
        try (ResultSet columns = md.getColumns(c.getCatalog(), schema, "%", "%")) {
            while (columns.next()) {
                String column = name(columns.getString("TABLE_NAME")) + "." + name(columns.getString("COLUMN_NAME"));
                if ((column.endsWith(".customer_id") || column.endsWith(".owner_id"))
                        && !withForeignKey.contains(column)) {
                    out.add(column);
                }
            }
        }
        return out;
    }

    private static String name(String identifier) {
        return identifier.toLowerCase(Locale.ROOT);
    }
}
