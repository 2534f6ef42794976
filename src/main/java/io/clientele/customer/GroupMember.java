package io.clientele.customer;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.TenantId;

/** A customer's membership of a group. */
@Entity
@Table(name = "customer_group_member")
class GroupMember {
    @EmbeddedId
    private Key id;

    @TenantId
    private Long tenantId;

    protected GroupMember() {}

    GroupMember(long groupId, long customerId) {
        this.id = new Key(groupId, customerId);
    }

    @Embeddable
    record Key(Long groupId, Long customerId) implements Serializable {}
}
