package io.clientele.booking;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** A next visit that has begun is no longer next: every few minutes such customers move on to their following one. */
@Component
class NextVisits {
    private final EntityManager em;
    private final TransactionTemplate tx;

    private final Clock clock;

    NextVisits(EntityManager em, TransactionTemplate tx, Clock clock) {
        this.clock = clock;
        this.em = em;
        this.tx = tx;
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    @SchedulerLock(name = "next-visits", lockAtMostFor = "PT5M")
    public void moveOn() {
        tx.executeWithoutResult(s -> em.createNativeQuery(
                        BookingService.NEXT_VISIT + "WHERE next_visit_at IS NOT NULL AND next_visit_at <= :now")
                .setParameter("now", Instant.now(clock))
                .executeUpdate());
    }
}
