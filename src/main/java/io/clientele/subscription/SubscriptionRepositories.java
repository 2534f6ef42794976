package io.clientele.subscription;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanRepository extends JpaRepository<Plan, Long> {
    List<Plan> findByActiveTrueOrderByPriceCents();

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);
}

interface SubscriptionRepository extends JpaRepository<Subscription, Long> {
    Optional<Subscription> findFirstByCustomerIdAndStatusOrderByIdDesc(Long customerId, Subscription.Status status);
}

interface BillingEventRepository extends JpaRepository<BillingEvent, Long> {
    List<BillingEvent> findByCustomerIdOrderByOccurredAtDescIdDesc(Long customerId, Pageable page);

    long countByCustomerId(Long customerId);
}

interface CallRecordRepository extends JpaRepository<CallRecord, Long> {
    List<CallRecord> findByCustomerIdOrderByStartedAtDescIdDesc(Long customerId, Pageable page);

    long countByCustomerId(Long customerId);

    /** [startedAt, durationSeconds] of a period's calls: what usage totals and the usage chart are made from. */
    @Query("select c.startedAt, c.durationSeconds from CallRecord c where c.customerId = :customerId "
            + "and c.startedAt >= :from and c.startedAt < :to")
    List<Object[]> durations(Long customerId, Instant from, Instant to);
}
