package io.clientele.security;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PasswordResetTokenRepository extends JpaRepository<PasswordResetToken, Long> {
    Optional<PasswordResetToken> findByTokenHashAndPurpose(String tokenHash, PasswordResetToken.Purpose purpose);

    boolean existsByUserAccountIdAndPurposeAndCreatedAtAfter(
            Long userAccountId, PasswordResetToken.Purpose purpose, java.time.Instant after);

    /** Ends a login's open links of one kind: a resent invitation makes the earlier link useless. */
    @Modifying
    @Query("UPDATE PasswordResetToken t SET t.usedAt = :now WHERE t.userAccountId = :user AND t.purpose = :purpose "
            + "AND t.usedAt IS NULL")
    void useUp(
            @Param("user") long userAccountId,
            @Param("purpose") PasswordResetToken.Purpose purpose,
            @Param("now") java.time.Instant now);
}
