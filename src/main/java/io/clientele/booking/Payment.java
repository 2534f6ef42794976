package io.clientele.booking;

import io.clientele.base.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** Money received from a customer, optionally for one booking. */
@Entity
@Table(name = "payment")
public class Payment extends TenantEntity {
    public enum Method {
        CARD,
        VIPPS,
        INVOICE,
        CASH
    }

    public enum Status {
        PAID,
        PENDING,
        REFUNDED,
        FAILED
    }

    private Long customerId;
    private Long bookingId;
    private BigDecimal amount;
    private String currency;
    private Instant paidAt;

    @Enumerated(EnumType.STRING)
    private Method method;

    @Enumerated(EnumType.STRING)
    private Status status;

    protected Payment() {}

    Payment(long customerId, BigDecimal amount, String currency, Method method) {
        this.customerId = customerId;
        this.amount = amount;
        this.currency = currency;
        this.method = method;
        this.status = Status.PAID;
        this.paidAt = java.time.Instant.now();
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getBookingId() {
        return bookingId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public Method getMethod() {
        return method;
    }

    public Status getStatus() {
        return status;
    }
}
