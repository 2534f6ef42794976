package io.clientele.messaging;

import io.clientele.base.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A message staff sent to customers: the template with its placeholders, as written. */
@Entity
@Table(name = "message")
public class Message extends TenantEntity {
    private String subject;

    private String body;

    private String sentBy;

    protected Message() {}

    Message(String subject, String body, String sentBy) {
        this.subject = subject;
        this.body = body;
        this.sentBy = sentBy;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getSentBy() {
        return sentBy;
    }
}
