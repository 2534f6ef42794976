package io.clientele.account;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SharedBillingLinkRepository extends JpaRepository<SharedBillingLink, Long> {
    Optional<SharedBillingLink> findBySharedCustomerId(Long sharedCustomerId);

    Optional<SharedBillingLink> findByBillingCustomerIdAndSharedCustomerId(
            Long billingCustomerId, Long sharedCustomerId);

    long countByBillingCustomerId(Long billingCustomerId);
}
