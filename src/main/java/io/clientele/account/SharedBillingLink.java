package io.clientele.account;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** Account {@code sharedCustomerId} bills through account {@code billingCustomerId}. */
@Entity
@Table(name = "shared_billing_link")
class SharedBillingLink {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private Long tenantId;

    private Long billingCustomerId;
    private Long sharedCustomerId;
    private Instant createdAt = Instant.now();

    protected SharedBillingLink() {}

    SharedBillingLink(Long billingCustomerId, Long sharedCustomerId) {
        this.billingCustomerId = billingCustomerId;
        this.sharedCustomerId = sharedCustomerId;
    }

    Long getBillingCustomerId() {
        return billingCustomerId;
    }

    Long getSharedCustomerId() {
        return sharedCustomerId;
    }
}
