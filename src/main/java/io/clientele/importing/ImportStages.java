package io.clientele.importing;

import io.clientele.customer.CustomerStaging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Drops the staging tables of imports that no longer run. An import drops its own when it ends; a node killed
 * mid-import leaves it (emptied by PostgreSQL's crash recovery, but there), until this sweep finds its import ended:
 * at each start and every hour. Dropping twice does no harm, so nodes need no lock for it.
 */
@Component
class ImportStages {
    private static final Logger log = LoggerFactory.getLogger(ImportStages.class);

    private final CustomerStaging staging;
    private final JdbcTemplate jdbc;

    ImportStages(CustomerStaging staging, JdbcTemplate jdbc) {
        this.staging = staging;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "${clientele.import-stage-sweep-cron:0 20 * * * *}")
    void dropLeftovers() {
        for (long importId : staging.keys()) {
            if (!running(importId)) {
                staging.drop(importId);
                log.info("Dropped the staging table left by import {}", importId);
            }
        }
    }

    /** Whether import {@code importId} (of any tenant) runs: it holds its tenant's slot and its job has not ended. */
    private boolean running(long importId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM customer_import i WHERE i.id = ? AND i.running_in IS NOT NULL AND ("
                        + "i.job_id IS NULL OR EXISTS (SELECT 1 FROM bulk_job b WHERE b.id = i.job_id"
                        + " AND b.status = 'RUNNING')))",
                Boolean.class,
                importId));
    }
}
