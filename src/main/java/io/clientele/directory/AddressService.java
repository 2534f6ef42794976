package io.clientele.directory;

import static io.clientele.base.Texts.trimToNull;

import io.clientele.audit.AuditService;
import io.clientele.audit.Summary;
import io.clientele.base.ConcurrentEditException;
import io.clientele.base.Countries;
import io.clientele.base.FieldErrors;
import io.clientele.base.FieldValidationException;
import io.clientele.base.OwnerType;
import io.clientele.base.PostCodes;
import io.clientele.customer.CustomerService;
import io.clientele.organization.OrganizationService;
import io.clientele.security.Roles;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Postal addresses of organizations, contacts and customers (the Addresses tab of each record's page). */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.VIEWER + "')")
public class AddressService {
    private final AddressRepository addresses;
    private final OrganizationService organizations;
    private final ContactService contacts;
    private final CustomerService customers;
    private final AuditService audit;

    AddressService(
            AddressRepository addresses,
            OrganizationService organizations,
            ContactService contacts,
            CustomerService customers,
            AuditService audit) {
        this.addresses = addresses;
        this.organizations = organizations;
        this.contacts = contacts;
        this.customers = customers;
        this.audit = audit;
    }

    public List<Address> addresses(OwnerType type, long ownerId) {
        return addresses.findByOwnerTypeAndOwnerIdOrderByKindAscIdAsc(type, ownerId);
    }

    /** Adds ({@code addressId} null) or changes an address; a new default replaces the old default of its kind. */
    /** The edit form of one of the owner's addresses, at its current version. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public AddressDraft draftOf(OwnerType type, long ownerId, long addressId) {
        requireOwner(type, ownerId);
        Address a = addresses
                .findById(addressId)
                .filter(x -> x.getOwnerType() == type && x.getOwnerId() == ownerId)
                .orElseThrow(() -> new NoSuchElementException("Address " + addressId));
        AddressDraft d = new AddressDraft();
        d.setKind(a.getKind());
        d.setDefaultAddress(a.isDefault());
        d.setLine1(a.getLine1());
        d.setLine2(Objects.toString(a.getLine2(), ""));
        d.setPostCode(a.getPostCode());
        d.setCity(a.getCity());
        d.setCountry(a.getCountry());
        d.setVersion(a.getVersion());
        return d;
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public long saveAddress(OwnerType type, long ownerId, Long addressId, AddressDraft d) {
        requireOwner(type, ownerId);
        String country = checked(d);
        Address a = addressId == null
                ? new Address(type, ownerId)
                : addresses
                        .findById(addressId)
                        .filter(x -> x.getOwnerType() == type && x.getOwnerId() == ownerId)
                        .orElseThrow(() -> new NoSuchElementException("Address " + addressId));
        if (addressId != null && a.getVersion() != d.getVersion()) {
            throw new ConcurrentEditException();
        }
        a.setLines(
                d.getLine1().trim(),
                trimToNull(d.getLine2()),
                d.getPostCode().trim().toUpperCase(Locale.ROOT),
                d.getCity().trim(),
                country);
        a.set(d.getKind(), false);
        try {
            addresses.saveAndFlush(a);
            if (d.isDefaultAddress()) {
                addresses.clearDefault(type, ownerId, d.getKind(), a.getId());
                a.set(d.getKind(), true);
                addresses.saveAndFlush(a);
            }
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException();
        }
        audit.record(
                addressId == null ? "ADDRESS_ADDED" : "ADDRESS_UPDATED",
                type.name(),
                ownerId,
                Summary.of(d.getKind(), a.getLine1() + ", " + a.getPostCode() + " " + a.getCity()),
                null,
                null);
        return a.getId();
    }

    /** What the address form would refuse in {@code d}. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<FieldValidationException> problems(AddressDraft d) {
        try {
            checked(d);
            return List.of();
        } catch (FieldValidationException e) {
            return e.all();
        }
    }

    /** The owner's default address of {@code kind}, if it has one. */
    public Optional<Address> defaultAddress(OwnerType type, long ownerId, AddressKind kind) {
        return addresses(type, ownerId).stream()
                .filter(a -> a.isDefault() && a.getKind() == kind)
                .findFirst();
    }

    /** Checks {@code d}, throwing every problem at once; answers its country code. */
    private static String checked(AddressDraft d) {
        FieldErrors errors = FieldErrors.of(d);
        String country = errors.check(() -> Countries.require(d.getCountry()));
        errors.require(
                country == null || errors.has("postCode") || PostCodes.isValid(d.getPostCode(), country),
                "postCode",
                "address.post-code-invalid",
                country == null ? "" : PostCodes.example(country));
        errors.throwIfAny();
        return country;
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void removeAddress(OwnerType type, long ownerId, long addressId) {
        addresses
                .findById(addressId)
                .filter(a -> a.getOwnerType() == type && a.getOwnerId() == ownerId)
                .ifPresent(a -> {
                    addresses.delete(a);
                    audit.record(
                            "ADDRESS_REMOVED", type.name(), ownerId, Summary.of(a.getKind(), a.getLine1()), null, null);
                });
    }

    /** The owner must exist in this tenant (the tenant filter makes another tenant's id invisible). */
    public void requireOwner(OwnerType type, long ownerId) {
        boolean exists = switch (type) {
            case ORGANIZATION -> organizations.live(ownerId).isPresent();
            case CONTACT -> contacts.contact(ownerId).isPresent();
            case CUSTOMER -> customers.exists(ownerId);
        };
        if (!exists) {
            throw new NoSuchElementException(type + " " + ownerId);
        }
    }
}
