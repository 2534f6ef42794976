package io.clientele.duplicate;

import io.clientele.base.ClusterLocks;
import io.clientele.security.SystemAuthentication;
import io.clientele.tenant.TenantService;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night at 02:45 each tenant's customers are scanned for likely duplicates. */
@Component
class DuplicateScanJob {

    private static final Logger log = LoggerFactory.getLogger(DuplicateScanJob.class);
    private final TenantService tenants;
    private final DuplicateService duplicates;

    DuplicateScanJob(TenantService tenants, DuplicateService duplicates) {
        this.tenants = tenants;
        this.duplicates = duplicates;
    }

    @Scheduled(cron = "${clientele.duplicate-scan-cron:0 45 2 * * *}")
    @SchedulerLock(name = "duplicate-scan", lockAtLeastFor = ClusterLocks.CLOCK_SKEW, lockAtMostFor = "PT2H")
    public void run() {
        log.info("Scheduled job duplicate-scan ran");
        tenants.ids().forEach(id -> SystemAuthentication.run(id, duplicates::scan));
    }
}
