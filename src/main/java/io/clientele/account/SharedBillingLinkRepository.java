package io.clientele.account;

import org.springframework.data.jpa.repository.JpaRepository;
import java.util.Optional;

interface SharedBillingLinkRepository extends JpaRepository<SharedBillingLink, Long> {
    Optional<SharedBillingLink> findBySharedCustomerId(Long sharedCustomerId);

    Optional<SharedBillingLink> findByBillingCustomerIdAndSharedCustomerId(Long billingCustomerId, Long sharedCustomerId);

    long countByBillingCustomerId(Long billingCustomerId);
}
