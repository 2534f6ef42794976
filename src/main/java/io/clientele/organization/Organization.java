package io.clientele.organization;

import io.clientele.base.TenantEntity;
import io.clientele.base.Trash;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;

/** Master record of a company (glossary: Organization; "Companies (B2B)" in the UI). */
@Entity
@Table(name = "organization")
public class Organization extends TenantEntity {
    private String name;
    private String orgNumber;
    private String liveOrgNumber;
    private String legalForm;
    private String digitalAddress;
    private String address;

    @Column(name = "post_number")
    private String postCode;

    private String region;
    private String municipality;
    private String city;
    private String sources = "ADMIN";
    private String country = "NO";
    private String phone;
    private String website;
    private String email;
    private Instant updatedAt = Instant.now();
    private Instant deletedAt;
    private String deletedBy;

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
        deletedBy = Trash.deletedBy(deletedAt, deletedBy);
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public String getOrgNumber() {
        return orgNumber;
    }

    void setOrgNumber(String orgNumber) {
        this.orgNumber = orgNumber;
        this.liveOrgNumber = deletedAt == null ? orgNumber : null;
    }

    public String getLegalForm() {
        return legalForm;
    }

    void setLegalForm(String legalForm) {
        this.legalForm = legalForm;
    }

    public String getDigitalAddress() {
        return digitalAddress;
    }

    void setDigitalAddress(String digitalAddress) {
        this.digitalAddress = digitalAddress;
    }

    public String getAddress() {
        return address;
    }

    void setAddress(String address) {
        this.address = address;
    }

    public String getPostCode() {
        return postCode;
    }

    void setPostCode(String postCode) {
        this.postCode = postCode;
    }

    public String getRegion() {
        return region;
    }

    void setRegion(String region) {
        this.region = region;
    }

    public String getMunicipality() {
        return municipality;
    }

    void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getCity() {
        return city;
    }

    void setCity(String city) {
        this.city = city;
    }
    /** Source system names (CustomerSource) this record came from. */
    public java.util.List<String> getSources() {
        return sources == null || sources.isBlank() ? java.util.List.of() : java.util.List.of(sources.split(","));
    }

    void setSources(String sources) {
        this.sources = sources;
    }

    public String getCountry() {
        return country;
    }

    void setCountry(String country) {
        this.country = country;
    }

    public String getPhone() {
        return phone;
    }

    void setPhone(String phone) {
        this.phone = phone;
    }

    public String getWebsite() {
        return website;
    }

    void setWebsite(String website) {
        this.website = website;
    }

    public String getEmail() {
        return email;
    }

    void setEmail(String email) {
        this.email = email;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public String getDeletedBy() {
        return deletedBy;
    }
    /** The unique constraint on live_org_number only sees live rows. */
    void setDeletedAt(Instant deletedAt) {
        this.deletedAt = deletedAt;
        this.liveOrgNumber = deletedAt == null ? orgNumber : null;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }
}
