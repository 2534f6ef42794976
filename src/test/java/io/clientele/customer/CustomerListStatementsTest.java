package io.clientele.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.DatabaseTest;
import io.clientele.bulk.ExportFormat;
import io.clientele.security.Role;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A page of the Customers list costs the same few statements whatever its size: teams, groups, push, consents and
 * logins come in one statement each for the page, never one per row; an export streams one projection (the
 * deterministic guards for the benchmark).
 */
class CustomerListStatementsTest extends DatabaseTest {
    @Autowired
    CustomerGenerator generator;

    @Autowired
    GroupService groups;

    @Autowired
    ConsentService consents;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    CustomerExport export;

    /**
     * The fewest statements of three runs: Hibernate counts every thread's statements, and the app's own schedules
     * (webhook deliveries, abandoned jobs) may run one in the middle of a measurement.
     */
    private static long fewest(java.util.concurrent.Callable<Long> measured) throws Exception {
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            fewest = Math.min(fewest, measured.call());
        }
        return fewest;
    }

    private long statementsFor(int pageSize, Sort sort) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        stats.clear();
        List<CustomerRow> rows = customers.list(CustomerFilter.empty(), PageRequest.of(1, pageSize, sort));
        long count = customers.count(CustomerFilter.empty());
        assertThat(rows).hasSize(pageSize);
        assertThat(count).isGreaterThan(pageSize * 2L);
        return stats.getPrepareStatementCount();
    }

    @Test
    void pagesAndExportsCostTheSameStatementsWhateverTheirSize() throws Exception {
        long tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.ADMIN));
        tx.executeWithoutResult(s -> generator.insert(
                new CustomerGenerator.Spec(
                        tenant, 400, 3, List.of("North"), new String[] {"stmt" + tenant + ".test"}, false),
                n -> {}));
        CustomerGroup vip = groups.create("VIP");
        ConsentField terms = consents.create("Terms accepted");
        customers.list(CustomerFilter.empty(), PageRequest.of(0, 400)).forEach(r -> {
            if (r.id() % 2 == 0) groups.setGroups(r.id(), Set.of(vip));
            if (r.id() % 3 == 0) consents.record(r.id(), terms.getId(), true, Instant.now(), "Import");
        });

        long five = fewest(() -> statementsFor(5, Sort.by("displayName")));
        long fifty = fewest(() -> statementsFor(50, Sort.by(Sort.Direction.DESC, "createdAt")));
        assertThat(fifty).isEqualTo(five);
        // The page, its count, and one statement each for teams, groups, push devices, consents and logins.
        assertThat(fifty).isLessThanOrEqualTo(8);

        // An export reads the customers' own columns in one projection; a column such as Groups adds one statement
        // per chunk of 1,000, never one per row.
        // (Compared within the row-by-row writer: on PostgreSQL a plain CSV is written by COPY instead.)
        long plain = fewest(() -> exportStatements(List.of("id", "name", "email", "status", "createdAt")));
        long groupsOnly = fewest(() -> exportStatements(List.of("id", "name", "groups")));
        long consentOnly = fewest(() -> exportStatements(List.of("id", "name", "consent-" + terms.getId())));
        long both = fewest(() -> exportStatements(List.of("id", "name", "groups", "consent-" + terms.getId())));
        assertThat(both - consentOnly).as("Groups").isEqualTo(1);
        assertThat(both - groupsOnly).as("a consent column").isEqualTo(1);
        assertThat(plain).isLessThanOrEqualTo(20);
    }

    private long exportStatements(List<String> columns) throws Exception {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        stats.clear();
        Path file = Files.createTempFile("statements", ".csv");
        try {
            var progress = export.start(
                            CustomerSelection.allMatching(CustomerFilter.empty()),
                            ExportFormat.CSV,
                            columns,
                            Sort.by("displayName"),
                            Locale.ENGLISH,
                            ZoneId.of("Europe/Oslo"),
                            file,
                            p -> {})
                    .await(Duration.ofSeconds(30));
            long live = customers.count(CustomerFilter.empty());
            assertThat(progress.done()).isEqualTo(live);
            assertThat(Files.readAllLines(file)).hasSize((int) live + 1);
            return stats.getPrepareStatementCount();
        } finally {
            Files.delete(file);
        }
    }
}
