package io.clientele.trash;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.DatabaseTest;
import io.clientele.customer.CustomerStatus;
import io.clientele.security.Role;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The nightly retention runs once per schedule however many nodes share the database: a second node's run of the
 * same night finds the cluster's lock held (ShedLock) and does nothing; the next night's run does the work. Without the
 * lock the second run would anonymize the customer deleted in between.
 */
class TrashRetentionJobTest extends DatabaseTest {
    @Autowired
    TrashRetentionJob job;

    @Autowired
    JdbcClient jdbc;

    private long expiredInTheTrash(long tenant, String first) {
        long id = data.customer(tenant, first, "Slettet", null, null, CustomerStatus.ACTIVE);
        customers.softDeleteIndividuals(List.of(id));
        jdbc.sql("UPDATE customer SET deleted_at = ? WHERE id = ?")
                .params(Timestamp.from(Instant.now().minus(Duration.ofDays(40))), id)
                .update();
        return id;
    }

    private String name(long id) {
        return jdbc.sql("SELECT display_name FROM customer WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    @Test
    void theNightlyRetentionRunsOncePerScheduleAcrossNodes() {
        jdbc.sql("DELETE FROM shedlock WHERE name = 'trash-retention'").update();
        long tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.ADMIN));
        tenants.setTrashRetention(30);
        long first = expiredInTheTrash(tenant, "Første");

        job.run();
        assertThat(name(first)).isEqualTo("Erased customer #" + first);

        long second = expiredInTheTrash(tenant, "Andre");
        job.run();
        assertThat(name(second))
                .as("the other node, the same night: the lock is held")
                .isEqualTo("Andre Slettet");
        assertThat(jdbc.sql("SELECT count(*) FROM shedlock WHERE name = 'trash-retention' AND lock_until > locked_at")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // The next night: the lock has run out.
        jdbc.sql("UPDATE shedlock SET lock_until = locked_at WHERE name = 'trash-retention'")
                .update();
        job.run();
        assertThat(name(second)).isEqualTo("Erased customer #" + second);
    }
}
