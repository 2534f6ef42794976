package io.clientele.portal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SignupAttributionRepository extends JpaRepository<SignupAttribution, Long> {
    Optional<SignupAttribution> findByCustomerId(Long customerId);
}
