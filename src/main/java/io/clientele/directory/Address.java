package io.clientele.directory;

import io.clientele.base.OwnerType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** A billing, shipping or visiting address of a company, contact or customer; one default per kind. */
@Entity
@Table(name = "address")
public class Address {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private Long tenantId;

    @Version
    private int version;

    @Enumerated(EnumType.STRING)
    private OwnerType ownerType;

    private Long ownerId;

    @Enumerated(EnumType.STRING)
    private AddressKind kind;
    /** Kind while default, else null: the unique constraint allows one default per kind. */
    @Enumerated(EnumType.STRING)
    private AddressKind defaultKind;

    private String line1;
    private String line2;
    private String postCode;
    private String city;
    private String country;
    private Instant createdAt = Instant.now();

    protected Address() {}

    Address(OwnerType ownerType, Long ownerId) {
        this.ownerType = ownerType;
        this.ownerId = ownerId;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public OwnerType getOwnerType() {
        return ownerType;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public AddressKind getKind() {
        return kind;
    }

    public boolean isDefault() {
        return defaultKind != null;
    }

    void set(AddressKind kind, boolean isDefault) {
        this.kind = kind;
        this.defaultKind = isDefault ? kind : null;
    }

    public String getLine1() {
        return line1;
    }

    public String getLine2() {
        return line2;
    }

    public String getPostCode() {
        return postCode;
    }

    public String getCity() {
        return city;
    }

    public String getCountry() {
        return country;
    }

    void setLines(String line1, String line2, String postCode, String city, String country) {
        this.line1 = line1;
        this.line2 = line2;
        this.postCode = postCode;
        this.city = city;
        this.country = country;
    }
}
