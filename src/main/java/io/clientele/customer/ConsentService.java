package io.clientele.customer;

import io.clientele.audit.AuditService;
import io.clientele.audit.Summary;
import io.clientele.base.FieldErrors;
import io.clientele.base.Texts;
import io.clientele.security.Roles;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * GDPR consent: the fields a tenant asks for (Settings → Consent fields) and every customer's latest answer with
 * its time and source. Earlier answers stay in the audit log.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.VIEWER + "')")
public class ConsentService extends LabelCatalog<ConsentField> {
    /** Clocks of browsers and servers differ a little; an answer "now" must not count as in the future. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final CustomerConsentRepository consents;
    private final CustomerRepository customers;
    private final AuditService audit;

    private final Clock clock;

    ConsentService(
            ConsentFieldRepository fields,
            CustomerConsentRepository consents,
            CustomerRepository customers,
            AuditService audit,
            Clock clock) {
        super(fields, audit, "CONSENT_FIELD", "consent field", "consent.name-taken", ConsentField::new);
        this.clock = clock;
        this.consents = consents;
        this.customers = customers;
        this.audit = audit;
    }

    /** Live customers who said yes, per field. */
    @Override
    public Map<Long, Long> memberCounts() {
        Map<Long, Long> counts = new HashMap<>();
        consents.countGranted().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** Answers of a page of customers in one statement: customer id → field id → answer. */
    public Map<Long, Map<Long, Consent>> of(Collection<Long> customerIds) {
        Map<Long, Map<Long, Consent>> all = new HashMap<>();
        if (!customerIds.isEmpty()) {
            consents.findByCustomerIdIn(customerIds)
                    .forEach(k -> all.computeIfAbsent(k.getCustomerId(), x -> new HashMap<>())
                            .put(k.getFieldId(), k.toConsent()));
        }
        return all;
    }

    /**
     * Records a customer's answer: {@code at} is when they answered (not in the future), {@code source} where (at
     * most 100 characters). Replaces the previous answer; both are kept in the audit event.
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void record(long customerId, long fieldId, boolean granted, Instant at, String source) {
        FieldErrors errors = new FieldErrors();
        String cleanSource = Texts.trimToNull(source);
        errors.require(cleanSource != null, "source", "validation.required");
        errors.require(cleanSource == null || cleanSource.length() <= 100, "source", "validation.max-100");
        errors.plain("source", source);
        errors.require(at != null, "recordedAt", "validation.required");
        errors.require(
                at == null || !at.isAfter(Instant.now(clock).plus(CLOCK_SKEW)), "recordedAt", "consent.in-future");
        errors.throwIfAny();
        Customer c =
                customers.findById(customerId).orElseThrow(() -> new NoSuchElementException("Customer " + customerId));
        ConsentField field = find(fieldId);
        CustomerConsent row = consents.findByCustomerIdAndFieldId(customerId, fieldId)
                .orElseGet(() -> new CustomerConsent(customerId, fieldId));
        Map<String, Object> before = row.getId() == null ? null : state(field, row.toConsent());
        Consent answer = new Consent(granted, at, cleanSource);
        row.record(answer);
        consents.save(row);
        audit.record(
                "CUSTOMER_CONSENT_RECORDED",
                "CUSTOMER",
                customerId,
                Summary.of(field.getName(), c.getDisplayName(), granted ? 1 : 0, cleanSource),
                before,
                state(field, answer));
    }

    /** Removes a customer's answer to a consent field (an import's Undo, where it had none before); audited. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void clear(long customerId, long fieldId) {
        consents.findByCustomerIdAndFieldId(customerId, fieldId).ifPresent(row -> {
            Customer c = customers
                    .findById(customerId)
                    .orElseThrow(() -> new NoSuchElementException("Customer " + customerId));
            ConsentField field = find(fieldId);
            consents.delete(row);
            audit.record(
                    "CUSTOMER_CONSENT_CLEARED",
                    "CUSTOMER",
                    customerId,
                    Summary.of(field.getName(), c.getDisplayName()),
                    state(field, row.toConsent()),
                    null);
        });
    }

    private static Map<String, Object> state(ConsentField field, Consent c) {
        return Map.of(
                "field",
                field.getName(),
                "granted",
                c.granted(),
                "recordedAt",
                c.recordedAt().toString(),
                "source",
                c.source());
    }
}
