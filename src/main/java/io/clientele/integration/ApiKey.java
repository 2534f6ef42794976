package io.clientele.integration;

import io.clientele.base.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A key for the REST API: of the tenant ({@code customerId} null) or of one business customer. Only the key's id and
 * a SHA-256 of the whole key are kept; the key itself is shown once.
 */
@Entity
@Table(name = "api_key")
public class ApiKey extends TenantEntity {
    private Long customerId;
    private String name;
    private String keyId;
    private String keyHash;
    private String scopes;
    private Instant expiresAt;
    private Instant lastUsedAt;
    private Instant revokedAt;
    private String createdBy;

    protected ApiKey() {}

    ApiKey(
            Long customerId,
            String name,
            String keyId,
            String keyHash,
            Set<ApiScope> scopes,
            Instant expiresAt,
            String createdBy) {
        this.customerId = customerId;
        this.name = name;
        this.keyId = keyId;
        this.keyHash = keyHash;
        this.scopes = scopes.stream().map(ApiScope::code).sorted().collect(Collectors.joining(" "));
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getName() {
        return name;
    }
    /** The key's public part, shown in lists so a key can be told apart without revealing it. */
    public String getKeyId() {
        return keyId;
    }

    String getKeyHash() {
        return keyHash;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Set<ApiScope> getScopes() {
        EnumSet<ApiScope> set = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(scopes.split(" "))
                .filter(s -> !s.isBlank())
                .map(ApiScope::ofCode)
                .forEach(set::add);
        return set;
    }

    void revoke(Instant at) {
        this.revokedAt = at;
    }

    public boolean isUsable(Instant now) {
        return refusal(revokedAt, expiresAt, now) == null;
    }

    /** Why a key with these dates cannot be used at {@code now} ("revoked", "expired"), or null. */
    static String refusal(Instant revokedAt, Instant expiresAt, Instant now) {
        return revokedAt != null ? "revoked" : expiresAt != null && !expiresAt.isAfter(now) ? "expired" : null;
    }
}
