package io.clientele.security;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One-time link (password reset, e-mail verification or staff invitation); only the SHA-256 of the token is stored. */
@Entity
@Table(name = "password_reset_token")
class PasswordResetToken {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long userAccountId;
    private String tokenHash;
    private Instant expiresAt;
    private Instant usedAt;
    private Instant createdAt = Instant.now();

    @Enumerated(EnumType.STRING)
    private Purpose purpose = Purpose.RESET;

    enum Purpose {
        RESET,
        VERIFY_EMAIL,
        /** A staff invitation: the invitee chooses a name and a password. */
        INVITATION
    }

    protected PasswordResetToken() {}

    PasswordResetToken(Long userAccountId, String tokenHash, Instant expiresAt) {
        this(userAccountId, tokenHash, expiresAt, Purpose.RESET);
    }

    PasswordResetToken(Long userAccountId, String tokenHash, Instant expiresAt, Purpose purpose) {
        this.userAccountId = userAccountId;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
        this.purpose = purpose;
    }

    Long getUserAccountId() {
        return userAccountId;
    }

    boolean isUsable(Instant now) {
        return usedAt == null && expiresAt.isAfter(now);
    }

    void markUsed(Instant now) {
        usedAt = now;
    }
}
