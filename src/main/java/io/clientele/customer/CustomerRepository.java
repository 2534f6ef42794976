package io.clientele.customer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface CustomerRepository extends JpaRepository<Customer, Long>, JpaSpecificationExecutor<Customer> {
    /** [live, active, pending, created since] in one scan; an empty tenant sums to null. */
    @org.springframework.data.jpa.repository.Query("select count(c), "
            + "sum(case when c.status = io.clientele.customer.CustomerStatus.ACTIVE then 1 else 0 end), "
            + "sum(case when c.status = io.clientele.customer.CustomerStatus.PENDING then 1 else 0 end), "
            + "sum(case when c.createdAt >= :since then 1 else 0 end) from Customer c where c.deletedAt is null")
    java.util.List<Object[]> summary(java.time.Instant since);

    boolean existsByEmailIgnoreCase(String email);

    Optional<Customer> findFirstByEmailIgnoreCaseAndDeletedAtIsNull(String email);

    boolean existsByEmailIgnoreCaseAndIdNot(String email, Long id);

    @Query(
            "select c.id from Customer c where c.id in (select ct.id.customerId from CustomerTeam ct where ct.id.teamId = :teamId)")
    List<Long> findIdsByTeam(Long teamId);

    List<Customer> findByIdIn(Collection<Long> ids);
}
