package io.clientele.directory;

import static io.clientele.base.Texts.blank;
import static io.clientele.base.Texts.trimToNull;

import io.clientele.audit.AuditService;
import io.clientele.audit.Summary;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.Choice;
import io.clientele.base.ConcurrentEditException;
import io.clientele.base.FieldErrors;
import io.clientele.base.FieldValidationException;
import io.clientele.base.Photos;
import io.clientele.base.SpecificationQueries;
import io.clientele.customer.CustomerSource;
import io.clientele.customer.PhoneNumbers;
import io.clientele.organization.OrganizationService;
import io.clientele.security.CurrentUser;
import io.clientele.security.Roles;
import io.clientele.tenant.TenantService;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users → Contacts (B2B): people at organizations, with photo. VIEWER may browse; changes need ADMIN. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.VIEWER + "')")
public class ContactService {
    private final ContactRepository contacts;
    private final ContactPhotoRepository photos;
    private final SpecificationQueries queries;
    private final OrganizationService organizations;
    private final TenantService tenants;
    private final AuditService audit;

    private final Clock clock;

    ContactService(
            ContactRepository contacts,
            ContactPhotoRepository photos,
            SpecificationQueries queries,
            OrganizationService organizations,
            TenantService tenants,
            AuditService audit,
            Clock clock) {
        this.clock = clock;
        this.contacts = contacts;
        this.photos = photos;
        this.queries = queries;
        this.organizations = organizations;
        this.tenants = tenants;
        this.audit = audit;
    }

    public List<ContactRow> contacts(DirectoryFilter f, Pageable pageable) {
        List<Contact> page = queries.page(Contact.class, contactSpec(f), pageable);
        Map<Long, String> names = organizations.names(page.stream()
                .map(Contact::getOrganizationId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        return page.stream()
                .map(c -> new ContactRow(
                        c.getId(),
                        c.getDisplayName(),
                        c.getEmail(),
                        c.getOrganizationId() == null ? null : names.get(c.getOrganizationId()),
                        c.getPhone(),
                        c.isHasPhoto()))
                .toList();
    }

    public long countContacts(DirectoryFilter f) {
        return contacts.count(contactSpec(f));
    }

    static Specification<Contact> contactSpec(DirectoryFilter f) {
        return (root, query, cb) -> cb.and(PersonPredicates.of(f, root, cb).toArray(Predicate[]::new));
    }

    public Optional<Contact> contact(long id) {
        return contacts.findById(id).filter(c -> c.getDeletedAt() == null);
    }

    public Optional<Photos.Stored> contactPhoto(long id) {
        return photos.findById(id).map(p -> new Photos.Stored(p.getContentType(), p.getData()));
    }

    /** The first live contact with this e-mail address (any case), if one has it. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public Optional<Long> withEmail(String email) {
        return contacts.findFirstByEmailIgnoreCaseAndDeletedAtIsNullOrderById(email.strip())
                .map(Contact::getId);
    }

    /**
     * A live contact with the name {@code draft} would be shown by (any case), at its company (or, without one, without
     * a company): a new contact like that is likely the same person.
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public Optional<Contact> sameName(ContactDraft draft) {
        Contact c = new Contact();
        c.setFirstName(trimToNull(draft.getFirstName()));
        c.setMiddleName(trimToNull(draft.getMiddleName()));
        c.setLastName(trimToNull(draft.getLastName()));
        c.setEmail(trimToNull(draft.getEmail()));
        c.derive();
        return contacts.findFirstByDisplayNameIgnoreCaseAndOrganizationIdAndDeletedAtIsNullOrderById(
                c.getDisplayName(),
                draft.getCompany() == null ? null : draft.getCompany().id());
    }

    /** What the contact form would refuse in {@code draft}. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<FieldValidationException> problems(ContactDraft draft) {
        try {
            apply(new Contact(), draft);
            return List.of();
        } catch (FieldValidationException e) {
            return e.all();
        }
    }

    public ContactDraft draftOf(long contactId) {
        Contact c = contact(contactId).orElseThrow(() -> new NoSuchElementException("Contact " + contactId));
        ContactDraft d = new ContactDraft();
        d.setFirstName(Objects.toString(c.getFirstName(), ""));
        d.setMiddleName(Objects.toString(c.getMiddleName(), ""));
        d.setLastName(Objects.toString(c.getLastName(), ""));
        d.setEmail(Objects.toString(c.getEmail(), ""));
        d.setPhone(Objects.toString(c.getPhone(), ""));
        d.setGender(c.getGender());
        d.setCompany(
                c.getOrganizationId() == null
                        ? null
                        : organizations
                                .live(c.getOrganizationId())
                                .map(o -> new Choice(o.getId(), o.getName(), o.getOrgNumber()))
                                .orElse(null));
        d.setVersion(c.getVersion());
        return d;
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public long createContact(ContactDraft d, byte[] photo) {
        return createContact(d, photo, CustomerSource.ADMIN);
    }

    /** A new contact that came from {@code source} (an import, or typed in by an admin). */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public long createContact(ContactDraft d, byte[] photo, CustomerSource source) {
        Contact c = new Contact();
        c.setSources(source.name());
        apply(c, d);
        Photos.Stored stored = photo == null ? null : Photos.resize(photo);
        contacts.saveAndFlush(c);
        if (stored != null) {
            photos.save(new ContactPhoto(c.getId(), stored.contentType(), stored.data()));
            c.setHasPhoto(true);
        }
        audit.record("CONTACT_CREATED", "CONTACT", c.getId(), Summary.of(c.getDisplayName()), null, state(c));
        return c.getId();
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void updateContact(long id, ContactDraft d, byte[] photo) {
        Contact c = contact(id).orElseThrow(() -> new NoSuchElementException("Contact " + id));
        if (c.getVersion() != d.getVersion()) {
            throw new ConcurrentEditException();
        }
        Map<String, Object> before = state(c);
        apply(c, d);
        if (photo != null) {
            Photos.Stored stored = Photos.resize(photo);
            photos.deleteById(id);
            photos.flush();
            photos.save(new ContactPhoto(id, stored.contentType(), stored.data()));
            c.setHasPhoto(true);
        }
        try {
            contacts.saveAndFlush(c);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException();
        }
        audit.record("CONTACT_UPDATED", "CONTACT", id, Summary.of(c.getDisplayName()), before, state(c));
    }

    private void apply(Contact c, ContactDraft d) {
        FieldErrors errors = FieldErrors.of(d);
        errors.require(
                !blank(d.getFirstName()) || !blank(d.getLastName()) || !blank(d.getEmail()),
                "firstName",
                "contact.name-required");
        PhoneNumbers.Normalized phone =
                errors.check(() -> PhoneNumbers.optional(d.getPhone(), tenants.country(), "customer.phone-invalid"));
        errors.require(
                d.getCompany() == null
                        || organizations.live(d.getCompany().id()).isPresent(),
                "company",
                "contact.company-unavailable");
        errors.throwIfAny();
        c.setFirstName(trimToNull(d.getFirstName()));
        c.setMiddleName(trimToNull(d.getMiddleName()));
        c.setLastName(trimToNull(d.getLastName()));
        c.setEmail(blank(d.getEmail()) ? null : d.getEmail().trim().toLowerCase(Locale.ROOT));
        c.setPhone(phone == null ? null : phone.display(), phone == null ? null : phone.digits());
        c.setGender(d.getGender());
        c.setOrganizationId(d.getCompany() == null ? null : d.getCompany().id());
        c.derive();
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public int deleteContacts(Collection<Long> ids) {
        int n = 0;
        for (Contact c : contacts.findAllById(ids)) {
            if (c.getDeletedAt() == null) {
                c.delete(Instant.now(clock), CurrentUser.require().getUsername());
                audit.record("CONTACT_DELETED", "CONTACT", c.getId(), Summary.of(c.getDisplayName(), 0), null, null);
                n++;
            }
        }
        return n;
    }

    /**
     * Back from the Trash (or Undo after a delete). A contact of a deleted company waits for its company: restoring
     * it alone would link it to a record nobody can open.
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public int restoreContacts(Collection<Long> ids) {
        int n = 0;
        for (Contact c : contacts.findAllById(ids)) {
            if (c.getDeletedAt() == null) {
                continue;
            }
            if (c.getOrganizationId() != null
                    && organizations.live(c.getOrganizationId()).isEmpty()) {
                throw new ActionRefusedException("trash.refused-contact-company", c.getDisplayName());
            }
            c.restore();
            audit.record("CONTACT_RESTORED", "CONTACT", c.getId(), Summary.of(c.getDisplayName()), null, null);
            n++;
        }
        return n;
    }

    private static Map<String, Object> state(Contact c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.getDisplayName());
        m.put("email", c.getEmail());
        m.put("phone", c.getPhone());
        m.put("gender", c.getGender());
        m.put("companyId", c.getOrganizationId());
        return m;
    }
}
