package io.clientele.integration;

import io.clientele.audit.AuditService;
import io.clientele.audit.Summary;
import io.clientele.security.CurrentUser;
import io.clientele.security.Role;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Turns a bearer key into the caller it stands for. Runs before any tenant is known, so it reads the key row itself
 * (by its unique key id). A tenant key acts as VIEWER (read) or ADMIN (write) of its tenant; a business customer's
 * key as that customer, and stops working when the customer is blocked or deleted;
 * every key of a suspended tenant is refused.
 */
@Component
class ApiKeyAuthenticator {
    /** Last used is written at most this often per key, not on every call. */
    private static final Duration LAST_USED_STEP = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final AuditService audit;

    private final Clock clock;

    ApiKeyAuthenticator(JdbcTemplate jdbc, AuditService audit, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Who the key is, with the key's row id (for rate limits); empty for anything but a usable key. */
    record Caller(long keyId, CurrentUser user) {}

    private record Row(
            long id,
            long tenantId,
            Long customerId,
            String name,
            String hash,
            String scopes,
            Instant expiresAt,
            Instant revokedAt,
            Instant lastUsedAt,
            boolean customerUsable,
            boolean tenantActive) {}

    Optional<Caller> authenticate(String text) {
        Optional<String> keyId = ApiKeyTokens.keyIdOf(text);
        if (keyId.isEmpty()) {
            return Optional.empty();
        }
        Optional<Row> found = jdbc
                .query(
                        "SELECT k.id, k.tenant_id, k.customer_id, k.name, k.key_hash, k.scopes, "
                                + "k.expires_at, k.revoked_at, k.last_used_at, c.id IS NULL OR (c.deleted_at IS NULL "
                                + "AND c.status <> 'BLOCKED'), t.suspended_at IS NULL FROM api_key k "
                                + "JOIN tenant t ON t.id = k.tenant_id LEFT JOIN customer c ON c.id = k.customer_id "
                                + "AND c.tenant_id = k.tenant_id WHERE k.key_id = ?",
                        (rs, n) -> new Row(
                                rs.getLong(1),
                                rs.getLong(2),
                                (Long) rs.getObject(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                instant(rs.getTimestamp(7)),
                                instant(rs.getTimestamp(8)),
                                instant(rs.getTimestamp(9)),
                                rs.getBoolean(10),
                                rs.getBoolean(11)),
                        keyId.get())
                .stream()
                .findFirst();
        if (found.isEmpty() || !ApiKeyTokens.matches(text, found.get().hash())) {
            return Optional.empty();
        }
        Row k = found.get();
        Instant now = Instant.now(clock);
        String refusal = ApiKey.refusal(k.revokedAt(), k.expiresAt(), now);
        if (refusal == null && !k.customerUsable()) {
            refusal = "of a blocked or deleted customer";
        }
        if (refusal == null && !k.tenantActive()) {
            refusal = "of a suspended tenant";
        }
        if (refusal != null) {
            audit.recordSecurity(
                    k.tenantId(), null, "API key: " + k.name(), "API_KEY_REFUSED", Summary.of(k.name(), refusal));
            return Optional.empty();
        }
        if (k.lastUsedAt() == null || k.lastUsedAt().isBefore(now.minus(LAST_USED_STEP))) {
            jdbc.update("UPDATE api_key SET last_used_at = ? WHERE id = ?", Timestamp.from(now), k.id());
        }
        Set<String> scopes = Set.of(k.scopes().split(" "));
        Set<Role> roles = k.customerId() != null
                ? EnumSet.of(Role.CUSTOMER)
                : scopes.contains(ApiScope.CUSTOMERS_WRITE.code()) ? EnumSet.of(Role.ADMIN) : EnumSet.of(Role.VIEWER);
        return Optional.of(new Caller(
                k.id(),
                CurrentUser.apiKey(
                        k.name(),
                        k.tenantId(),
                        k.customerId(),
                        roles,
                        scopes.stream().filter(s -> !s.isBlank()).collect(Collectors.toSet()))));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
