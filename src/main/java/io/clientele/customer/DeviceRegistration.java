package io.clientele.customer;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** A phone or browser that registered for push notifications; an active one means the customer can receive them. */
@Entity
@Table(name = "device_registration")
class DeviceRegistration {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private Long tenantId;

    private Long customerId;
    private String platform;
    private boolean active = true;
    private Instant registeredAt = Instant.now();

    protected DeviceRegistration() {}
}
