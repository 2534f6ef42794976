package io.clientele.privacy;

import io.clientele.audit.AuditService;
import io.clientele.audit.Summary;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.CustomerData;
import io.clientele.base.CustomerRows;
import io.clientele.base.FieldErrors;
import io.clientele.base.Texts;
import io.clientele.base.Trash;
import io.clientele.security.Roles;
import io.clientele.tenant.TenantContext;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's rights under the GDPR: access (everything Clientele holds about the person, as one ZIP) and erasure
 * (personal data replaced or removed at once, bookings and payments kept as anonymous records), with a legal hold
 * that stops erasure while a claim or an audit needs the data. ADMIN; every step is audited without the data.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class PersonalDataService {
    private final JdbcTemplate jdbc;
    private final CustomerRows rows;
    private final AuditService audit;
    /** Every feature's rows about a customer: each exports and erases its own. */
    private final List<CustomerData> owners;

    private final Clock clock;

    PersonalDataService(CustomerRows rows, AuditService audit, List<CustomerData> owners, Clock clock) {
        this.clock = clock;
        this.jdbc = rows.jdbc();
        this.rows = rows;
        this.audit = audit;
        this.owners = owners;
    }

    /** Whether the customer may be erased, and how much is held about them per category (the Privacy tab). */
    public record Status(boolean legalHold, String legalHoldReason, Instant erasedAt, Map<String, Integer> held) {}

    @Transactional(readOnly = true)
    public Status status(long customerId) {
        Map<String, Object> c = customer(customerId);
        Map<String, Integer> held = new LinkedHashMap<>();
        PersonalData.of(rows, owners, TenantContext.require(), customerId)
                .sections()
                .forEach((name, rows) -> held.put(name, rows.size()));
        return new Status(
                Boolean.TRUE.equals(c.get("legal_hold")),
                (String) c.get("legal_hold_reason"),
                instant(c.get("erased_at")),
                held);
    }

    /** Writes the ZIP (personal-data.json, personal-data.html, the picture if any) and audits that it was made. */
    @Transactional
    public void export(long customerId, OutputStream out) throws IOException {
        customer(customerId);
        PersonalData data = PersonalData.of(rows, owners, TenantContext.require(), customerId);
        PersonalDataFiles.zip(data, out);
        audit.record(
                "PERSONAL_DATA_EXPORTED",
                "CUSTOMER",
                customerId,
                Summary.of("#" + customerId, data.rowCount()),
                null,
                null);
    }

    /** A legal hold (with its reason) stops erasure until it is released. */
    @Transactional
    public void setLegalHold(long customerId, boolean hold, String reason) {
        customer(customerId);
        String clean = Texts.trimToNull(reason);
        FieldErrors errors = new FieldErrors();
        errors.require(!hold || clean != null, "reason", "validation.required");
        errors.require(clean == null || clean.length() <= 200, "reason", "validation.max-200");
        errors.plain("reason", reason);
        errors.throwIfAny();
        jdbc.update(
                "UPDATE customer SET legal_hold = ?, legal_hold_reason = ?, version = version + 1 "
                        + "WHERE tenant_id = ? AND id = ?",
                hold,
                hold ? clean : null,
                TenantContext.require(),
                customerId);
        audit.record(
                hold ? "LEGAL_HOLD_SET" : "LEGAL_HOLD_RELEASED",
                "CUSTOMER",
                customerId,
                Summary.of("#" + customerId),
                null,
                hold ? Map.of("reason", clean) : null);
    }

    /**
     * Erases the person at once, in one transaction: names, contact details, billing details and the portal login go,
     * and every feature erases its rows about them by its own rules (addresses, consents, groups, teams, devices and
     * picture go; message copies lose address and subject; bookings and payments stay as anonymous records). Records
     * merged into the customer are the same person and are erased with them. The customer stays in the trash as
     * "Erased customer #id". Refused, with the reason, under a legal hold, for a customer account (a company: erase
     * its people), for a login that is also staff and where a feature's rows stop it.
     */
    @Transactional
    public void erase(long customerId) {
        Map<String, Object> c = customer(customerId);
        long tenant = TenantContext.require();
        if (c.get("erased_at") != null) {
            throw new ActionRefusedException("privacy.refused-erased");
        }
        if (Boolean.TRUE.equals(c.get("legal_hold"))) {
            throw new ActionRefusedException("privacy.refused-legal-hold", c.get("legal_hold_reason"));
        }
        if (c.get("organization_id") != null) {
            throw new ActionRefusedException("privacy.refused-account");
        }
        Long login = c.get("user_account_id") == null ? null : ((Number) c.get("user_account_id")).longValue();
        if (login != null
                && jdbc.queryForObject(
                                "SELECT count(*) FROM user_account WHERE id = ? AND staff_role IS NOT NULL",
                                Integer.class,
                                login)
                        > 0) {
            throw new ActionRefusedException("privacy.refused-staff");
        }
        owners.forEach(o -> o.checkErasable(tenant, customerId));
        // Records merged into this one are the same person, and still hold their old names.
        jdbc.queryForList(
                        "SELECT id FROM customer WHERE tenant_id = ? AND merged_into = ? AND erased_at IS NULL",
                        Long.class,
                        tenant,
                        customerId)
                .forEach(this::erase);
        Map<String, Integer> removed = new LinkedHashMap<>();
        owners.forEach(o -> o.erase(tenant, customerId, removed));
        jdbc.update(
                "UPDATE customer SET first_name = NULL, last_name = NULL, company_name = NULL, display_name = ?, "
                        + "email = NULL, phone = NULL, phone_digits = NULL, customer_number = NULL, has_avatar = false, "
                        + "user_account_id = NULL, last_login_at = NULL, gender = NULL, billing_address = NULL, "
                        + "billing_post_number = NULL, billing_municipality = NULL, billing_email = NULL, "
                        + "billing_responsible = NULL, billing_digital_address = NULL, billing_phone = NULL, teams_label = '', all_teams = true, "
                        + "status = 'INACTIVE', status_before_block = NULL, deleted_at = COALESCE(deleted_at, ?), "
                        + "deleted_by = COALESCE(deleted_by, ?), "
                        + "erased_at = ?, updated_at = ?, version = version + 1 WHERE tenant_id = ? AND id = ?",
                "Erased customer #" + customerId,
                Timestamp.from(Instant.now(clock)),
                Trash.deletedBy(Instant.now(clock), null),
                Timestamp.from(Instant.now(clock)),
                Timestamp.from(Instant.now(clock)),
                tenant,
                customerId);
        if (login != null) {
            // Reset tokens, notifications and preferences go with the login (ON DELETE CASCADE).
            removed.put("portal_login", jdbc.update("DELETE FROM user_account WHERE id = ?", login));
        }
        audit.record(
                "PERSONAL_DATA_ERASED",
                "CUSTOMER",
                customerId,
                Summary.of("#" + customerId),
                null,
                Map.copyOf(removed));
    }

    /** The customer's own row in this tenant, or "not found" for any other id. */
    private Map<String, Object> customer(long customerId) {
        return jdbc
                .queryForList(
                        "SELECT * FROM customer WHERE tenant_id = ? AND id = ?", TenantContext.require(), customerId)
                .stream()
                .findFirst()
                .map(CustomerRows::plainRow)
                .orElseThrow(() -> new NoSuchElementException("Customer " + customerId));
    }

    private static Instant instant(Object iso) {
        return iso == null ? null : Instant.parse(iso.toString());
    }
}
