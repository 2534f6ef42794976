package io.clientele.tenant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One workspace. Not tenant-owned itself: it is the partition key of everything else. */
@Entity
@Table(name = "tenant")
public class Tenant {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String country = "NO";
    private Instant createdAt = Instant.now();
    /** Days a deleted customer stays in the trash before it is anonymized; null keeps it until someone acts. */
    private Integer trashRetentionDays;
    /** The portal's accent colour (#rrggbb); null uses Clientele's own. */
    private String brandColor;
    /** Whether a customer is mailed when support opens their portal. */
    private boolean notifySupportAccess = true;
    /** While set, the tenant's staff and customers cannot sign in and its API keys are refused. */
    private Instant suspendedAt;
    /** Staff from ADMIN up must sign in with a second factor; those without one enrol at their next sign-in. */
    private boolean requireTwoFactor;

    protected Tenant() {}

    public Tenant(String name, String country) {
        this.name = name;
        this.country = country;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCountry() {
        return country;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Integer getTrashRetentionDays() {
        return trashRetentionDays;
    }

    void setTrashRetentionDays(Integer days) {
        this.trashRetentionDays = days;
    }

    public String getBrandColor() {
        return brandColor;
    }

    void setBrandColor(String brandColor) {
        this.brandColor = brandColor;
    }

    public boolean isNotifySupportAccess() {
        return notifySupportAccess;
    }

    void setNotifySupportAccess(boolean notify) {
        this.notifySupportAccess = notify;
    }

    public boolean isRequireTwoFactor() {
        return requireTwoFactor;
    }

    void setRequireTwoFactor(boolean require) {
        this.requireTwoFactor = require;
    }

    public Instant getSuspendedAt() {
        return suspendedAt;
    }

    void setSuspendedAt(Instant at) {
        this.suspendedAt = at;
    }
}
