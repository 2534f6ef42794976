package io.clientele.booking;

import io.clientele.base.ClusterLocks;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** A next visit that has begun is no longer next: every few minutes such customers move on to their following one. */
@Component
class NextVisits {

    private static final Logger log = LoggerFactory.getLogger(NextVisits.class);
    private final EntityManager em;
    private final TransactionTemplate tx;

    private final Clock clock;

    NextVisits(EntityManager em, TransactionTemplate tx, Clock clock) {
        this.clock = clock;
        this.em = em;
        this.tx = tx;
    }

    @Scheduled(cron = "${clientele.next-visits-cron:30 */5 * * * *}")
    @SchedulerLock(name = "next-visits", lockAtLeastFor = ClusterLocks.CLOCK_SKEW, lockAtMostFor = "PT5M")
    public void moveOn() {
        log.debug("Scheduled job next-visits ran");
        tx.executeWithoutResult(s -> em.createNativeQuery(
                        BookingService.NEXT_VISIT + "WHERE next_visit_at IS NOT NULL AND next_visit_at <= :now")
                .setParameter("now", Instant.now(clock))
                .executeUpdate());
    }
}
