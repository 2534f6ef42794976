package io.clientele.messaging;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** One customer's copy of a message and what became of it. */
@Entity
@Table(name = "message_recipient")
public class MessageRecipient {
    /** SKIPPED: the customer has no e-mail address, so nothing was sent (not a failure). */
    public enum Status {
        SENT,
        FAILED,
        SKIPPED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private Long tenantId;

    private Long messageId;
    private Long customerId;
    private String email;
    private String subject;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String error;
    private Instant sentAt;

    protected MessageRecipient() {}

    MessageRecipient(long messageId, long customerId, String email, String subject, Status status, String error) {
        this.messageId = messageId;
        this.customerId = customerId;
        this.email = email;
        this.subject = subject;
        this.status = status;
        this.error = error == null || error.length() <= 500 ? error : error.substring(0, 500);
        this.sentAt = status == Status.SENT ? Instant.now() : null;
    }

    public Long getMessageId() {
        return messageId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getEmail() {
        return email;
    }

    public String getSubject() {
        return subject;
    }

    public Status getStatus() {
        return status;
    }

    public String getError() {
        return error;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
