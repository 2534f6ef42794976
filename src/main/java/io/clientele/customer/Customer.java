package io.clientele.customer;

import io.clientele.base.TenantEntity;
import io.clientele.base.Trash;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "customer")
public class Customer extends TenantEntity {
    @Enumerated(EnumType.STRING)
    private CustomerType type = CustomerType.INDIVIDUAL;

    @Enumerated(EnumType.STRING)
    private CustomerStatus status = CustomerStatus.PENDING;

    private String firstName;
    private String lastName;
    private String companyName;
    private String displayName;
    private String email;
    private String phone;
    private String phoneDigits;
    private String customerNumber;

    @Enumerated(EnumType.STRING)
    private CustomerSource source = CustomerSource.ADMIN;

    private boolean allTeams = true;
    private String teamsLabel = "";
    private boolean hasAvatar;
    private Long userAccountId;
    /** Set when this BUSINESS customer is a customer account built on an organization. */
    private Long organizationId;

    private boolean allowSharedBilling;

    @Enumerated(EnumType.STRING)
    private Gender gender;
    /** Written by set-based bulk work and the booking service only; an edit of the row leaves them alone. */
    @Enumerated(EnumType.STRING)
    @Column(insertable = false, updatable = false)
    private CustomerStatus statusBeforeBlock;

    @Column(insertable = false, updatable = false)
    private Instant nextVisitAt;

    @Embedded
    private BillingInfo billing;

    private Instant updatedAt = Instant.now();
    private Instant lastLoginAt;
    private Instant deletedAt;
    private String deletedBy;

    @PrePersist
    @PreUpdate
    void derive() {
        String person =
                ((firstName == null ? "" : firstName.trim()) + " " + (lastName == null ? "" : lastName.trim())).trim();
        displayName = type == CustomerType.BUSINESS && companyName != null && !companyName.isBlank()
                ? companyName.trim()
                : person;
        if (displayName.isEmpty()) {
            displayName = email == null ? "" : email;
        }
        updatedAt = Instant.now();
        deletedBy = Trash.deletedBy(deletedAt, deletedBy);
    }

    public CustomerType getType() {
        return type;
    }

    public void setType(CustomerType type) {
        this.type = type;
    }

    public CustomerStatus getStatus() {
        return status;
    }

    public void setStatus(CustomerStatus status) {
        this.status = status;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public String getPhoneDigits() {
        return phoneDigits;
    }

    void setPhone(PhoneNumbers.Normalized phone) {
        this.phone = phone == null ? null : phone.display();
        this.phoneDigits = phone == null ? null : phone.digits();
    }

    public String getCustomerNumber() {
        return customerNumber;
    }

    public void setCustomerNumber(String customerNumber) {
        this.customerNumber = customerNumber;
    }

    public CustomerSource getSource() {
        return source;
    }

    public void setSource(CustomerSource source) {
        this.source = source;
    }

    public boolean isAllTeams() {
        return allTeams;
    }

    void setAllTeams(boolean allTeams) {
        this.allTeams = allTeams;
    }

    public String getTeamsLabel() {
        return teamsLabel;
    }

    void setTeamsLabel(String teamsLabel) {
        this.teamsLabel = teamsLabel;
    }

    public boolean isHasAvatar() {
        return hasAvatar;
    }

    void setHasAvatar(boolean hasAvatar) {
        this.hasAvatar = hasAvatar;
    }

    public Long getUserAccountId() {
        return userAccountId;
    }

    public void setUserAccountId(Long userAccountId) {
        this.userAccountId = userAccountId;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public Instant getNextVisitAt() {
        return nextVisitAt;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public boolean isAllowSharedBilling() {
        return allowSharedBilling;
    }

    public void setAllowSharedBilling(boolean allowSharedBilling) {
        this.allowSharedBilling = allowSharedBilling;
    }
    /** Never null: Hibernate loads an all-empty embeddable as null. */
    public BillingInfo getBilling() {
        return billing == null ? new BillingInfo() : billing.copy();
    }

    public void setBilling(BillingInfo billing) {
        this.billing = billing == null || billing.isEmpty() ? null : billing.copy();
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    @Override
    public void setCreatedAt(Instant createdAt) {
        super.setCreatedAt(createdAt);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public void setLastLoginAt(Instant lastLoginAt) {
        this.lastLoginAt = lastLoginAt;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public String getDeletedBy() {
        return deletedBy;
    }

    public void setDeletedAt(Instant deletedAt) {
        this.deletedAt = deletedAt;
    }
}
