package io.clientele.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.DatabaseTest;
import io.clientele.security.Role;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Nodes sharing one database: a job whose node stopped beating is failed once, by whichever node sees it first; a
 * node never fails a job it runs itself.
 */
class BulkJobServiceTest extends DatabaseTest {
    @Autowired
    BulkJobService jobs;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aJobWhoseNodeDiedIsFailedOnceAndItsLateEndDoesNotOverwriteThat() throws Exception {
        long tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.ADMIN));
        CountDownLatch release = new CountDownLatch(1);
        BulkJobService.Handle running = waitingJob(5000, release);
        BulkJobService.Handle alive = waitingJob(10, release);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM bulk_job WHERE id IN (?, ?) AND node IS NOT NULL"
                                + " AND heartbeat_at IS NOT NULL",
                        Integer.class,
                        running.id(),
                        alive.id()))
                .as("a started job names its node and when it last beat")
                .isEqualTo(2);

        jobs.failAbandoned();
        assertThat(jobs.job(running.id()).getStatus()).isEqualTo(BulkJob.Status.RUNNING);

        // The wall clock steps a minute forward (a virtual machine's time corrected): this node's own job looks silent
        // by its beat, but this node knows it runs it.
        jdbc.update(
                "UPDATE bulk_job SET heartbeat_at = CURRENT_TIMESTAMP - INTERVAL '1' MINUTE WHERE id = ?", alive.id());
        jobs.failAbandoned();
        assertThat(jobs.job(alive.id()).getStatus()).isEqualTo(BulkJob.Status.RUNNING);

        // Its node goes silent: another node's name, and no beat for a minute by the database's clock.
        jdbc.update(
                "UPDATE bulk_job SET node = 'a-node-that-died', heartbeat_at = CURRENT_TIMESTAMP - INTERVAL '1' MINUTE"
                        + " WHERE id = ?",
                running.id());
        jobs.failAbandoned();
        jobs.failAbandoned();

        BulkJob failed = jobs.job(running.id());
        assertThat(failed.getStatus()).isEqualTo(BulkJob.Status.FAILED);
        assertThat(failed.getDetail()).isEqualTo("Interrupted by a restart after 0 of 5000 rows");
        assertThat(jobs.job(alive.id()).getStatus()).isEqualTo(BulkJob.Status.RUNNING);
        List<String> events = jdbc.queryForList(
                "SELECT summary FROM audit_event WHERE entity_type = 'BULK_JOB' AND entity_id = ?",
                String.class,
                running.id());
        assertThat(events).as("audited once though two sweeps saw it").hasSize(1);

        release.countDown();
        assertThat(running.await(Duration.ofSeconds(10)).status()).isEqualTo(BulkJob.Status.FAILED);
        assertThat(alive.await(Duration.ofSeconds(10)).status()).isEqualTo(BulkJob.Status.DONE);
        assertThat(jobs.job(running.id()).getStatus())
                .as("the silent node's late end leaves the failure standing")
                .isEqualTo(BulkJob.Status.FAILED);
    }

    /** A job over {@code total} rows that does nothing until {@code release}. */
    private BulkJobService.Handle waitingJob(int total, CountDownLatch release) {
        return jobs.start(
                "CUSTOMERS_BLOCKED",
                "",
                total,
                step -> {
                    release.await(30, TimeUnit.SECONDS);
                    return null;
                },
                p -> {});
    }
}
