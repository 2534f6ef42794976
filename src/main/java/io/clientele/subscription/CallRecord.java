package io.clientele.subscription;

import jakarta.persistence.*;
import org.hibernate.annotations.TenantId;
import java.time.Instant;

/** An outbound call a customer made: billed by the tenant's billing rule when read, never stored as billed. */
@Entity
@Table(name = "call_record")
public class CallRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @TenantId
    private Long tenantId;
    private Long customerId;
    private Instant startedAt;
    private String toNumber;
    private int durationSeconds;

    protected CallRecord() {
    }

    public CallRecord(long customerId, Instant startedAt, String toNumber, int durationSeconds) {
        this.customerId = customerId;
        this.startedAt = startedAt;
        this.toNumber = toNumber;
        this.durationSeconds = durationSeconds;
    }

    public Long getId() { return id; }
    public Long getCustomerId() { return customerId; }
    public Instant getStartedAt() { return startedAt; }
    public String getToNumber() { return toNumber; }
    public int getDurationSeconds() { return durationSeconds; }
}
