package io.clientele.subscription;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** An outbound call a customer made: billed by the tenant's billing rule when read, never stored as billed. */
@Entity
@Table(name = "call_record")
public class CallRecord extends io.clientele.base.TenantRow {
    private Long customerId;
    private Instant startedAt;
    private String toNumber;
    private int durationSeconds;

    protected CallRecord() {}

    public CallRecord(long customerId, Instant startedAt, String toNumber, int durationSeconds) {
        this.customerId = customerId;
        this.startedAt = startedAt;
        this.toNumber = toNumber;
        this.durationSeconds = durationSeconds;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getToNumber() {
        return toNumber;
    }

    public int getDurationSeconds() {
        return durationSeconds;
    }
}
