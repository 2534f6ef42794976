package io.clientele.customer;

import io.clientele.base.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A customer's latest answer to one consent field: given or refused, when, and where it came from. */
@Entity
@Table(name = "customer_consent")
class CustomerConsent extends TenantEntity {
    private Long customerId;
    private Long fieldId;
    private boolean granted;
    private Instant recordedAt;
    private String source;

    protected CustomerConsent() {}

    CustomerConsent(long customerId, long fieldId) {
        this.customerId = customerId;
        this.fieldId = fieldId;
    }

    Long getCustomerId() {
        return customerId;
    }

    Long getFieldId() {
        return fieldId;
    }

    Consent toConsent() {
        return new Consent(granted, recordedAt, source);
    }

    void record(Consent c) {
        granted = c.granted();
        recordedAt = c.recordedAt();
        source = c.source();
    }
}
