package io.clientele.bulk;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BulkJobRepository extends JpaRepository<BulkJob, Long> {
    /** Jobs of every tenant that a stopped process left running (read at start-up, before anyone logs in). */
    @Query(value = "SELECT id, tenant_id FROM bulk_job WHERE status = 'RUNNING'", nativeQuery = true)
    List<Object[]> runningInAnyTenant();
}
