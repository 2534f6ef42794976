package io.clientele.booking;

import io.clientele.base.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A visit: a service with a staff member from start to end. */
@Entity
@Table(name = "booking")
public class Booking extends TenantEntity {
    private Long customerId;
    private String service;
    private Long staffId;
    private Instant startsAt;
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    private BookingStatus status = BookingStatus.BOOKED;

    protected Booking() {}

    Booking(long customerId, String service, long staffId, Instant startsAt, Instant endsAt) {
        this.customerId = customerId;
        this.service = service;
        this.staffId = staffId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getService() {
        return service;
    }

    public Long getStaffId() {
        return staffId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public BookingStatus getStatus() {
        return status;
    }

    void setStatus(BookingStatus status) {
        this.status = status;
    }
}
