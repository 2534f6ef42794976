package io.clientele.customer;

import jakarta.persistence.*;
import org.hibernate.annotations.TenantId;
import java.io.Serializable;

/** A customer's membership of a group. */
@Entity
@Table(name = "customer_group_member")
class GroupMember {
    @EmbeddedId
    private Key id;
    @TenantId
    private Long tenantId;

    protected GroupMember() {
    }

    GroupMember(long groupId, long customerId) {
        this.id = new Key(groupId, customerId);
    }

    @Embeddable
    record Key(Long groupId, Long customerId) implements Serializable {
    }
}
