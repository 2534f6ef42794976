package io.clientele.customer;

import jakarta.persistence.*;
import org.hibernate.annotations.TenantId;
import java.time.Instant;

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

    protected DeviceRegistration() {
    }
}
