package io.clientele.customer;

import io.clientele.base.BusinessEvent;
import io.clientele.base.Databases;
import io.clientele.tenant.TenantContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Many new customers written set-based on PostgreSQL, for an import of a whole file: a chunk of customers checked by
 * {@link CustomerService#checkNew} goes with COPY into an unlogged staging table of the import's own, then into the
 * customer table by one INSERT … SELECT in the caller's transaction (their teams and groups by one more each), which
 * publishes them to webhooks as one event.
 * The customer tallies' statement triggers count them like any insert. Nothing is audited per customer: the import's
 * job is audited once.
 */
@Component
public class CustomerStaging {
    /** The customer's own columns a staged row fills. */
    private static final String COLUMNS = "type, status, first_name, last_name, company_name, display_name, email,"
            + " phone, phone_digits, all_teams, teams_label";
    /** A staging table's name before its key. */
    private static final String TABLE = "customer_stage_";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @PersistenceContext
    private EntityManager em;

    CustomerStaging(DataSource dataSource, JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** True where staging works: PostgreSQL (the embedded database has no COPY). */
    public boolean available() {
        return Databases.postgres(dataSource);
    }

    /**
     * Refreshes the planner's statistics of the customer table after a load of many rows. Until autovacuum gets to
     * it (a minute later at best, never where it is off), the planner would take a tenant of a million customers for
     * one of the thousand it had, and a duplicate check that takes a millisecond would scan the tenant (a second).
     */
    public void analyze() {
        if (available()) {
            jdbc.execute("ANALYZE customer");
        }
    }

    /** True when the current tenant has no customers at all, not even in the Trash. */
    public boolean tenantIsEmpty() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT NOT EXISTS (SELECT 1 FROM customer WHERE tenant_id = ?)",
                Boolean.class,
                TenantContext.require()));
    }

    /** A staging table named after {@code key} (an import's id), dropped again on close. */
    public Stage open(long key) {
        return new Stage(TABLE + key);
    }

    /** The keys of the staging tables there are now, of every tenant (a node that died mid-import leaves its own). */
    public List<Long> keys() {
        return jdbc
                .queryForList(
                        "SELECT lower(table_name) FROM information_schema.tables"
                                + " WHERE table_schema = current_schema() AND lower(table_name) LIKE '" + TABLE + "%'",
                        String.class)
                .stream()
                .map(name -> name.substring(TABLE.length()))
                .filter(key -> key.matches("[0-9]+"))
                .map(Long::valueOf)
                .toList();
    }

    /** Drops the staging table of {@code key}, if there is one. */
    public void drop(long key) {
        jdbc.execute("DROP TABLE IF EXISTS " + TABLE + key);
    }

    /** A checked new customer to stage, with the teams (unless all teams) and groups it is to have. */
    public record Staged(Customer customer, Collection<Team> teams, Collection<CustomerGroup> groups) {}

    /**
     * One staging table and the connection that copies into it. Each staged row takes its id from the customer
     * table's own sequence as it is copied, so its teams and groups can be linked set-based once it is inserted.
     */
    public final class Stage implements AutoCloseable {
        private final String table;
        private final Connection connection;

        private Stage(String table) {
            this.table = table;
            try {
                connection = dataSource.getConnection();
                connection.setAutoCommit(true);
                try (var s = connection.createStatement()) {
                    String ids = jdbc.queryForObject("SELECT pg_get_serial_sequence('customer', 'id')", String.class);
                    s.execute("DROP TABLE IF EXISTS " + table);
                    s.execute("CREATE UNLOGGED TABLE " + table + " (id bigint DEFAULT nextval('" + ids + "'),"
                            + " type text, status text, first_name text, last_name text, company_name text,"
                            + " display_name text, email text, phone text, phone_digits text, all_teams boolean,"
                            + " teams_label text, team_ids bigint[], group_ids bigint[])");
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot stage customers", e);
            }
        }

        /** Sends {@code customers} (checked, not stored) into the staging table, committed at once. */
        public void copy(List<Staged> customers) {
            if (customers.isEmpty()) {
                return;
            }
            StringBuilder lines = new StringBuilder(customers.size() * 120);
            for (Staged staged : customers) {
                Customer c = staged.customer();
                Object[] values = {
                    c.getType(),
                    c.getStatus(),
                    c.getFirstName(),
                    c.getLastName(),
                    c.getCompanyName(),
                    c.getDisplayName(),
                    c.getEmail(),
                    c.getPhone(),
                    c.getPhoneDigits(),
                    c.isAllTeams(),
                    c.getTeamsLabel(),
                    ids(c.isAllTeams() ? null : staged.teams(), Team::getId),
                    ids(staged.groups(), CustomerGroup::getId)
                };
                for (int i = 0; i < values.length; i++) {
                    if (i > 0) {
                        lines.append('\t');
                    }
                    text(lines, values[i]);
                }
                lines.append('\n');
            }
            byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
            try {
                CopyIn in = connection
                        .unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn("COPY " + table + " (" + COLUMNS + ", team_ids, group_ids) FROM STDIN");
                try {
                    in.writeToCopy(bytes, 0, bytes.length);
                    in.endCopy();
                } finally {
                    if (in.isActive()) {
                        in.cancelCopy();
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot stage customers", e);
            }
        }

        /**
         * Inside the caller's transaction: moves every staged customer of the current tenant into the customer table,
         * in the order they were staged, empties the staging table and publishes {@code customer.created} for them.
         * Answers their ids in that order. A customer taken meanwhile (an e-mail someone saved since the check) fails
         * the whole statement, and the transaction with it; the staged rows stay for the caller to write otherwise.
         */
        public List<Long> insert(CustomerSource source) {
            Timestamp now = Timestamp.from(Instant.now(clock));
            long tenant = TenantContext.require();
            jdbc.update(
                    "INSERT INTO customer (id, tenant_id, version, " + COLUMNS + ", source, has_avatar,"
                            + " allow_shared_billing, created_at, updated_at) SELECT id, ?, 0, " + COLUMNS
                            + ", ?, false, false, ?, ? FROM " + table + " ORDER BY id",
                    tenant,
                    source.name(),
                    now,
                    now);
            jdbc.update(
                    "INSERT INTO customer_team (tenant_id, customer_id, team_id) SELECT ?, id, unnest(team_ids) FROM "
                            + table + " WHERE team_ids IS NOT NULL",
                    tenant);
            jdbc.update(
                    "INSERT INTO customer_group_member (tenant_id, group_id, customer_id) SELECT ?, unnest(group_ids),"
                            + " id FROM " + table + " WHERE group_ids IS NOT NULL",
                    tenant);
            List<Long> ids = jdbc.queryForList("SELECT id FROM " + table + " ORDER BY id", Long.class);
            jdbc.execute("TRUNCATE " + table);
            if (!ids.isEmpty()) {
                events.publishEvent(
                        new BusinessEvent(BusinessEvent.CUSTOMER_CREATED, () -> CustomerEvents.data(em, ids)));
            }
            return ids;
        }

        /** Empties the staging table (after a chunk that could not be moved set-based). */
        public void clear() {
            try (var s = connection.createStatement()) {
                s.execute("TRUNCATE " + table);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot clear staged customers", e);
            }
        }

        @Override
        public void close() {
            try (connection;
                    var s = connection.createStatement()) {
                s.execute("DROP TABLE IF EXISTS " + table);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot drop " + table, e);
            }
        }
    }

    /** The ids of {@code records} as an array in COPY's text format ("{1,2}"), or null. */
    private static <T> String ids(Collection<T> records, Function<T, Long> id) {
        return records == null || records.isEmpty()
                ? null
                : records.stream().map(r -> id.apply(r).toString()).collect(Collectors.joining(",", "{", "}"));
    }

    /** A value in COPY's text format: \N for none; backslash, tab and line breaks escaped. */
    private static void text(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        String s = value instanceof Enum<?> e ? e.name() : value.toString();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
    }
}
