package io.clientele.impersonation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupportSessionRepository extends JpaRepository<SupportSession, Long> {
    Optional<SupportSession> findByTokenHash(String tokenHash);

    List<SupportSession> findByCustomerIdAndStartedAtIsNotNullOrderByStartedAtDesc(Long customerId, Pageable page);
}
