package io.clientele.trash;

import io.clientele.base.ClusterLocks;
import io.clientele.security.SystemAuthentication;
import io.clientele.tenant.Tenant;
import io.clientele.tenant.TenantService;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night at 03:15, each tenant with a trash retention has its expired trash anonymized. */
@Component
class TrashRetentionJob {
    private static final Logger log = LoggerFactory.getLogger(TrashRetentionJob.class);

    private final TenantService tenants;
    private final TrashService trash;

    TrashRetentionJob(TenantService tenants, TrashService trash) {
        this.tenants = tenants;
        this.trash = trash;
    }

    @Scheduled(cron = "${clientele.trash-retention-cron:0 15 3 * * *}")
    @SchedulerLock(name = "trash-retention", lockAtLeastFor = ClusterLocks.CLOCK_SKEW, lockAtMostFor = "PT2H")
    public void run() {
        log.info("Scheduled job trash-retention ran");
        for (Tenant tenant : tenants.withTrashRetention()) {
            SystemAuthentication.run(tenant.getId(), () -> {
                TrashService.Retention done = trash.anonymizeExpired();
                if (done.anonymized() + done.kept() > 0) {
                    log.info(
                            "Trash retention in tenant {}: anonymized {}, kept {}",
                            tenant.getId(),
                            done.anonymized(),
                            done.kept());
                }
            });
        }
    }
}
