package io.clientele.base;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.TenantId;

/**
 * An append-only record of a tenant (a call, a billing-history line, an attribution): a generated id and the tenant,
 * filled and filtered by Hibernate, without the version and creation time of an editable {@link TenantEntity}.
 */
@MappedSuperclass
public abstract class TenantRow {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private Long tenantId;

    public Long getId() {
        return id;
    }
}
