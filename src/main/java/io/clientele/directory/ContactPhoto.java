package io.clientele.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

@Entity
@Table(name = "contact_photo")
class ContactPhoto {
    @Id
    private Long contactId;

    @TenantId
    private Long tenantId;

    private String contentType;
    private byte[] data;

    protected ContactPhoto() {}

    ContactPhoto(Long contactId, String contentType, byte[] data) {
        this.contactId = contactId;
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
