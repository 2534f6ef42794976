package io.clientele.customer;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/** Profile picture, kept apart from the customer row so lists never load image bytes. */
@Entity
@Table(name = "customer_avatar")
class CustomerAvatar {
    @Id
    private Long customerId;

    @TenantId
    private Long tenantId;

    private String contentType;
    private byte[] data;

    protected CustomerAvatar() {}

    CustomerAvatar(long customerId, String contentType, byte[] data) {
        this.customerId = customerId;
        this.contentType = contentType;
        this.data = data;
    }

    String getContentType() {
        return contentType;
    }

    byte[] getData() {
        return data;
    }
}
