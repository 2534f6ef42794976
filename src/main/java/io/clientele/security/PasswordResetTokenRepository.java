package io.clientele.security;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PasswordResetTokenRepository extends JpaRepository<PasswordResetToken, Long> {
    Optional<PasswordResetToken> findByTokenHashAndPurpose(String tokenHash, PasswordResetToken.Purpose purpose);

    boolean existsByUserAccountIdAndPurposeAndCreatedAtAfter(
            Long userAccountId, PasswordResetToken.Purpose purpose, java.time.Instant after);
}
