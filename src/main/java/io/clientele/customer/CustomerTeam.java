package io.clientele.customer;

import jakarta.persistence.*;
import org.hibernate.annotations.TenantId;
import java.io.Serializable;

/** Join row of a customer and a team; an entity so that it carries tenant_id like every tenant table. */
@Entity
@Table(name = "customer_team")
class CustomerTeam {
    @EmbeddedId
    private Key id;
    @TenantId
    private Long tenantId;

    protected CustomerTeam() {
    }

    CustomerTeam(long customerId, long teamId) {
        this.id = new Key(customerId, teamId);
    }

    Key getId() { return id; }

    @Embeddable
    record Key(Long customerId, Long teamId) implements Serializable {
    }
}
