package io.clientele.security;

import org.springframework.data.jpa.repository.JpaRepository;
import java.util.Optional;

interface PasswordResetTokenRepository extends JpaRepository<PasswordResetToken, Long> {
    Optional<PasswordResetToken> findByTokenHashAndPurpose(String tokenHash, PasswordResetToken.Purpose purpose);

    boolean existsByUserAccountIdAndPurposeAndCreatedAtAfter(Long userAccountId, PasswordResetToken.Purpose purpose,
                                                              java.time.Instant after);
}
