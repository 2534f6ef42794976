package io.clientele.security;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A login. Platform operators have no tenant, so this table is scoped explicitly by
 * {@link UserAccountService} instead of by @TenantId.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long tenantId;

    @Version
    private int version;

    private String email;
    private String passwordHash;
    private String firstName;
    private String lastName;
    private String language = "en";

    @Enumerated(EnumType.STRING)
    private Role staffRole;

    @Enumerated(EnumType.STRING)
    private Role portalRole;

    private boolean enabled = true;
    private int failedLogins;
    private Instant lockedUntil;
    private Instant lastLoginAt;
    private Instant createdAt = Instant.now();
    private boolean forcePasswordChange;
    private String lastLoginIp;
    private String lastLoginAgent;
    private Instant emailVerifiedAt;
    private int sessionVersion;
    /** Set while an invitation is pending: the login has no password until the invitee chooses one. */
    private Instant invitedAt;

    private String invitedBy;
    /** Offered as whom a booking is with. */
    private boolean bookable;
    /** The authenticator app's secret (Base32) once enrolment is confirmed; null without a second factor. */
    private String totpSecret;

    private Instant totpEnabledAt;
    /** The time step of the last accepted code: a code is accepted once. */
    private Long totpLastStep;

    protected UserAccount() {}

    public UserAccount(Long tenantId, String email, String firstName, String lastName) {
        this.tenantId = tenantId;
        this.email = email.trim().toLowerCase();
        this.firstName = firstName;
        this.lastName = lastName;
    }

    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (staffRole != null) roles.add(staffRole);
        if (portalRole != null) roles.add(portalRole);
        return roles;
    }

    /** First and last name; empty when neither is known. */
    public String fullName() {
        return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
    }

    public String displayName() {
        String name = fullName();
        return name.isEmpty() ? email : name;
    }

    public Long getId() {
        return id;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    void setName(String firstName, String lastName) {
        this.firstName = firstName;
        this.lastName = lastName;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Role getStaffRole() {
        return staffRole;
    }

    public void setStaffRole(Role staffRole) {
        this.staffRole = staffRole;
    }

    public Role getPortalRole() {
        return portalRole;
    }

    public void setPortalRole(Role portalRole) {
        this.portalRole = portalRole;
    }

    public boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public String getInvitedBy() {
        return invitedBy;
    }

    /** An invitation waits for its invitee. */
    public boolean isInvited() {
        return invitedAt != null;
    }

    void invite(Instant at, String by) {
        this.invitedAt = at;
        this.invitedBy = by;
    }

    /** The invitee chose a password: the address is theirs and the login is active. */
    void acceptInvitation(Instant at) {
        this.invitedAt = null;
        this.emailVerifiedAt = at;
    }

    public boolean hasSecondFactor() {
        return totpEnabledAt != null;
    }

    String getTotpSecret() {
        return totpSecret;
    }

    Long getTotpLastStep() {
        return totpLastStep;
    }

    void setTotpLastStep(long step) {
        this.totpLastStep = step;
    }

    /** Enrols ({@code secret} set) or removes the second factor ({@code secret} null). */
    void setSecondFactor(String secret, Instant at) {
        this.totpSecret = secret;
        this.totpEnabledAt = secret == null ? null : at;
        this.totpLastStep = null;
    }

    public boolean isBookable() {
        return bookable;
    }

    void setBookable(boolean bookable) {
        this.bookable = bookable;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    void setFailedLogins(int failedLogins) {
        this.failedLogins = failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    void setLockedUntil(Instant lockedUntil) {
        this.lockedUntil = lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public void setLastLoginAt(Instant lastLoginAt) {
        this.lastLoginAt = lastLoginAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isForcePasswordChange() {
        return forcePasswordChange;
    }

    void setForcePasswordChange(boolean force) {
        this.forcePasswordChange = force;
    }

    public String getLastLoginIp() {
        return lastLoginIp;
    }

    public String getLastLoginAgent() {
        return lastLoginAgent;
    }

    void setLastLoginSource(String ip, String agent) {
        this.lastLoginIp = ip == null || ip.length() <= 64 ? ip : ip.substring(0, 64);
        this.lastLoginAgent = agent == null || agent.length() <= 400 ? agent : agent.substring(0, 400);
    }

    public Instant getEmailVerifiedAt() {
        return emailVerifiedAt;
    }

    void setEmailVerifiedAt(Instant at) {
        this.emailVerifiedAt = at;
    }

    public int getSessionVersion() {
        return sessionVersion;
    }
    /** Every session opened before this call ends at its next request, on every node. */
    void endSessions() {
        sessionVersion++;
    }
    /** A portal login that signed itself up and has not opened its confirmation link yet. */
    public boolean awaitsEmailConfirmation() {
        return staffRole == null && tenantId != null && emailVerifiedAt == null;
    }
}
