package io.clientele.directory;

import io.clientele.base.TenantEntity;
import io.clientele.customer.Gender;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A person at an organization (glossary: Contact; "Contacts (B2B)" in the UI). */
@Entity
@Table(name = "contact")
public class Contact extends TenantEntity {
    private Long organizationId;
    private String firstName;
    private String middleName;
    private String lastName;
    private String displayName;
    private String email;
    private String phone;
    private String phoneDigits;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    private String sources = "ADMIN";
    private boolean hasPhoto;
    private Instant updatedAt = Instant.now();
    private Instant deletedAt;
    private String deletedBy;

    @PrePersist
    @PreUpdate
    void derive() {
        displayName = Stream.of(firstName, middleName, lastName)
                .filter(s -> s != null && !s.isBlank())
                .map(String::trim)
                .collect(Collectors.joining(" "));
        if (displayName.isEmpty()) {
            displayName = Objects.toString(email, "");
        }
        updatedAt = Instant.now();
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public String getFirstName() {
        return firstName;
    }

    void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getMiddleName() {
        return middleName;
    }

    void setMiddleName(String middleName) {
        this.middleName = middleName;
    }

    public String getLastName() {
        return lastName;
    }

    void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    void setPhone(String phone, String digits) {
        this.phone = phone;
        this.phoneDigits = digits;
    }

    public Gender getGender() {
        return gender;
    }

    void setGender(Gender gender) {
        this.gender = gender;
    }

    public List<String> getSources() {
        return sources == null || sources.isBlank() ? List.of() : List.of(sources.split(","));
    }

    void setSources(String sources) {
        this.sources = sources;
    }

    public boolean isHasPhoto() {
        return hasPhoto;
    }

    void setHasPhoto(boolean hasPhoto) {
        this.hasPhoto = hasPhoto;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }
    /** To the Trash, with who sent it there. */
    void delete(Instant at, String by) {
        this.deletedAt = at;
        this.deletedBy = by;
    }

    void restore() {
        this.deletedAt = null;
        this.deletedBy = null;
    }
}
