package io.clientele.portal;

import org.springframework.data.jpa.repository.JpaRepository;
import java.util.Optional;

interface SignupAttributionRepository extends JpaRepository<SignupAttribution, Long> {
    Optional<SignupAttribution> findByCustomerId(Long customerId);
}
