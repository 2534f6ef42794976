package io.clientele.integration;

import io.clientele.audit.AuditService;
import io.clientele.audit.Summary;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.FieldErrors;
import io.clientele.customer.CustomerDetails;
import io.clientele.customer.CustomerService;
import io.clientele.customer.CustomerStatus;
import io.clientele.customer.CustomerType;
import io.clientele.security.CurrentUser;
import io.clientele.security.Roles;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settings → API keys (the tenant's) and a business customer's API keys tab. A key is shown once, when it is made;
 * revoking is immediate. ADMIN and above.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class ApiKeyService {
    private static final String ENTITY = "API_KEY";

    private final ApiKeyRepository keys;
    private final CustomerService customers;
    private final AuditService audit;

    private final Clock clock;

    ApiKeyService(ApiKeyRepository keys, CustomerService customers, AuditService audit, Clock clock) {
        this.clock = clock;
        this.keys = keys;
        this.customers = customers;
        this.audit = audit;
    }

    /** A key just made: {@code secret} is the whole key, never stored nor shown again. */
    public record NewKey(ApiKey key, String secret) {}

    /** The tenant's keys ({@code customerId} null) or a business customer's, newest first. */
    public List<ApiKey> list(Long customerId, Pageable page) {
        return keys.findByOwner(
                customerId,
                PageRequest.of(
                        page.getPageNumber(),
                        page.getPageSize(),
                        page.getSort().isSorted() ? page.getSort() : Sort.by(Sort.Direction.DESC, "createdAt")));
    }

    public long count(Long customerId) {
        return keys.countByOwner(customerId);
    }

    @Transactional
    public NewKey create(Long customerId, String name, Set<ApiScope> scopes, LocalDate expiresOn, ZoneId zone) {
        return make(
                customerId == null
                        ? null
                        : customers
                                .details(customerId)
                                .orElseThrow(() -> new NoSuchElementException("Customer " + customerId)),
                name,
                scopes,
                expiresOn,
                zone);
    }

    /** A key of the tenant ({@code owner} null) or of a live business customer. */
    private NewKey make(CustomerDetails owner, String name, Set<ApiScope> scopes, LocalDate expiresOn, ZoneId zone) {
        Long customerId = owner == null ? null : owner.row().id();
        if (owner != null
                && (owner.row().type() != CustomerType.BUSINESS
                        || owner.row().deleted()
                        || owner.row().status() == CustomerStatus.BLOCKED)) {
            throw new ActionRefusedException("apikey.refused-customer");
        }
        String clean = name == null ? "" : name.strip();
        FieldErrors errors = new FieldErrors();
        errors.require(!clean.isEmpty(), "name", "validation.required");
        errors.require(clean.length() <= 100, "name", "validation.max-100");
        errors.plain("name", clean);
        errors.require(scopes != null && !scopes.isEmpty(), "scopes", "apikey.scopes-required");
        errors.require(
                scopes == null || ApiScope.offered(customerId != null).containsAll(scopes),
                "scopes",
                "apikey.scopes-required");
        errors.require(
                expiresOn == null || expiresOn.isAfter(LocalDate.now(clock.withZone(zone))),
                "expiresOn",
                "apikey.expiry-past");
        errors.throwIfAny();
        ApiKeyTokens.Token token = ApiKeyTokens.generate();
        Instant expiresAt = expiresOn == null
                ? null
                : expiresOn.plusDays(1).atStartOfDay(zone).toInstant();
        ApiKey key = keys.save(new ApiKey(
                customerId,
                clean,
                token.keyId(),
                token.hash(),
                scopes,
                expiresAt,
                CurrentUser.require().getUsername()));
        audit.record(
                "API_KEY_CREATED",
                ENTITY,
                key.getId(),
                Summary.of(
                        clean, token.keyId(), customerId == null ? 0 : 1, customerId == null ? "" : "#" + customerId),
                null,
                state(key));
        return new NewKey(key, token.secret());
    }

    @Transactional
    public void revoke(long id) {
        ApiKey key = keys.findById(id).orElseThrow(() -> new NoSuchElementException("API key " + id));
        if (key.getRevokedAt() != null) {
            return;
        }
        key.revoke(Instant.now(clock));
        audit.record("API_KEY_REVOKED", ENTITY, key.getId(), Summary.of(key.getName(), key.getKeyId()), null, null);
    }

    // --- a business customer's admin, in the portal: only that customer's keys ---

    @PreAuthorize("hasRole('" + Roles.CUSTOMER_ADMIN + "')")
    public List<ApiKey> listMine(Pageable page) {
        return list(CurrentUser.requireCustomerScope(), page);
    }

    @PreAuthorize("hasRole('" + Roles.CUSTOMER_ADMIN + "')")
    public long countMine() {
        return count(CurrentUser.requireCustomerScope());
    }

    @PreAuthorize(Roles.CUSTOMER_ADMIN_WRITES)
    @Transactional
    public NewKey createMine(String name, Set<ApiScope> scopes, LocalDate expiresOn, ZoneId zone) {
        return make(customers.own(), name, scopes, expiresOn, zone);
    }

    @PreAuthorize(Roles.CUSTOMER_ADMIN_WRITES)
    @Transactional
    public void revokeMine(long id) {
        long mine = CurrentUser.requireCustomerScope();
        if (keys.findById(id)
                .filter(k -> k.getCustomerId() != null && k.getCustomerId() == mine)
                .isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException("Not this customer's key");
        }
        revoke(id);
    }

    private static Map<String, Object> state(ApiKey k) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", k.getName());
        s.put("scopes", k.getScopes().stream().map(ApiScope::code).toList());
        s.put("expires", k.getExpiresAt());
        s.put("customer", k.getCustomerId());
        return s;
    }
}
