package io.clientele.impersonation;

import io.clientele.base.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A staff member's visit to a customer's portal: asked for with a reason, entered once through its one-time token
 * within {@link #ENTRY_WINDOW}, ended by End, by time or by the next sign-in.
 */
@Entity
@Table(name = "support_session")
public class SupportSession extends TenantEntity {
    public enum Mode {
        READ_ONLY,
        FULL_ACCESS
    }

    public enum EndReason {
        ENDED,
        EXPIRED
    }

    static final Duration ENTRY_WINDOW = Duration.ofMinutes(2);

    private Long customerId;
    private String customerName;
    private Long staffUserId;
    private String staffEmail;
    private String staffName;
    private String reason;
    private String ticket;

    @Enumerated(EnumType.STRING)
    private Mode mode;

    private int minutes;
    private String tokenHash;
    private Instant startedAt;
    private Instant expiresAt;
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    private EndReason endReason;

    protected SupportSession() {}

    SupportSession(
            long customerId,
            String customerName,
            long staffUserId,
            String staffEmail,
            String staffName,
            String reason,
            String ticket,
            Mode mode,
            int minutes,
            String tokenHash) {
        this.customerId = customerId;
        this.customerName = customerName;
        this.staffUserId = staffUserId;
        this.staffEmail = staffEmail;
        this.staffName = staffName;
        this.reason = reason;
        this.ticket = ticket;
        this.mode = mode;
        this.minutes = minutes;
        this.tokenHash = tokenHash;
    }

    boolean enterable(Instant now) {
        return startedAt == null && now.isBefore(getCreatedAt().plus(ENTRY_WINDOW));
    }

    void start(Instant now) {
        startedAt = now;
        expiresAt = now.plus(Duration.ofMinutes(minutes));
    }

    void end(Instant now, EndReason why) {
        endedAt = now.isAfter(expiresAt) ? expiresAt : now;
        endReason = why;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getCustomerName() {
        return customerName;
    }

    public Long getStaffUserId() {
        return staffUserId;
    }

    public String getStaffEmail() {
        return staffEmail;
    }

    public String getStaffName() {
        return staffName;
    }

    public String getReason() {
        return reason;
    }

    public String getTicket() {
        return ticket;
    }

    public Mode getMode() {
        return mode;
    }

    public int getMinutes() {
        return minutes;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public EndReason getEndReason() {
        return endReason;
    }
}
