package io.clientele.messaging;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** An in-app message for one login, shown the next time they sign in. */
@Entity
@Table(name = "notification")
public class Notification {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private Long tenantId;

    private Long userAccountId;
    private String message;
    private Instant createdAt = Instant.now();
    private Instant readAt;

    protected Notification() {}

    Notification(Long userAccountId, String message) {
        this.userAccountId = userAccountId;
        this.message = message;
    }

    public Long getId() {
        return id;
    }

    public Long getUserAccountId() {
        return userAccountId;
    }

    public String getMessage() {
        return message;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    void markRead(Instant when) {
        this.readAt = when;
    }
}
