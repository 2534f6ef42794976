package io.clientele.base;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * What every editable record of a tenant has: a generated id, the tenant (filled and filtered by Hibernate from
 * the logged-in user), a version for optimistic locking, and when it was created. Equality stays identity:
 * Vaadin's grids keep an equal item they already hold, so equal-by-id rows would not show a fresh copy.
 */
@MappedSuperclass
public abstract class TenantEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private Long tenantId;

    @Version
    private int version;

    private Instant createdAt = Instant.now();

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** Demo data and imports keep a record's original creation time. */
    protected void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
