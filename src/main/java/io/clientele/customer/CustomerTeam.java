package io.clientele.customer;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.TenantId;

/** Join row of a customer and a team; an entity so that it carries tenant_id like every tenant table. */
@Entity
@Table(name = "customer_team")
class CustomerTeam {
    @EmbeddedId
    private Key id;

    @TenantId
    private Long tenantId;

    protected CustomerTeam() {}

    CustomerTeam(long customerId, long teamId) {
        this.id = new Key(customerId, teamId);
    }

    Key getId() {
        return id;
    }

    @Embeddable
    record Key(Long customerId, Long teamId) implements Serializable {}
}
