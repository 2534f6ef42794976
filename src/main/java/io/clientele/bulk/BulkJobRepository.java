package io.clientele.bulk;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BulkJobRepository extends JpaRepository<BulkJob, Long> {
    /** Jobs of every tenant left running (read at start-up on the embedded database, which one process holds). */
    @Query(value = "SELECT id, tenant_id, node FROM bulk_job WHERE status = 'RUNNING'", nativeQuery = true)
    List<Object[]> runningInAnyTenant();

    /** A node beats every few seconds; a job whose node missed several beats is taken for abandoned. */
    int ABANDONED_AFTER_SECONDS = 30;

    /**
     * Jobs of every tenant whose node has not said it still runs them for {@link #ABANDONED_AFTER_SECONDS} (by the
     * database's clock, so the nodes' clocks need not agree), or that no node ever claimed.
     */
    @Query(
            value = "SELECT id, tenant_id, node FROM bulk_job WHERE status = 'RUNNING' AND (heartbeat_at IS NULL"
                    + " OR heartbeat_at < CURRENT_TIMESTAMP - INTERVAL '" + ABANDONED_AFTER_SECONDS + "' SECOND)",
            nativeQuery = true)
    List<Object[]> abandonedInAnyTenant();

    /** The node starts the job or still runs it. */
    @Modifying
    @Query(
            value = "UPDATE bulk_job SET node = :node, heartbeat_at = CURRENT_TIMESTAMP WHERE id = :id",
            nativeQuery = true)
    void claim(@Param("id") long id, @Param("node") String node);

    @Modifying
    @Query(
            value = "UPDATE bulk_job SET heartbeat_at = CURRENT_TIMESTAMP WHERE node = :node AND status = 'RUNNING'",
            nativeQuery = true)
    int beat(@Param("node") String node);

    /** Ends a running job as failed; 0 when it had ended already (e.g. another node got there first). */
    @Modifying
    @Query(value = "UPDATE bulk_job SET status = 'FAILED' WHERE id = :id AND status = 'RUNNING'", nativeQuery = true)
    int failIfRunning(@Param("id") long id);
}
