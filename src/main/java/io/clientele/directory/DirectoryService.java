package io.clientele.directory;

import static io.clientele.base.Texts.blank;
import static io.clientele.base.Texts.present;
import static io.clientele.base.Texts.trimToNull;

import io.clientele.audit.AuditService;
import io.clientele.base.Choice;
import io.clientele.base.ConcurrentEditException;
import io.clientele.base.Countries;
import io.clientele.base.FieldErrors;
import io.clientele.base.FieldValidationException;
import io.clientele.base.LikePatterns;
import io.clientele.base.Photos;
import io.clientele.base.PostCodes;
import io.clientele.base.SpecificationQueries;
import io.clientele.customer.Customer;
import io.clientele.customer.CustomerType;
import io.clientele.customer.PhoneNumbers;
import io.clientele.organization.Organization;
import io.clientele.organization.OrganizationService;
import io.clientele.security.Roles;
import io.clientele.tenant.TenantService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.*;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.time.Instant;
import java.util.*;

/**
 * The Users page (product page 2): companies (organizations) with their contact counts, contacts and B2C
 * customers. VIEWER may browse; the B2C tab needs BACKOFFICE; creating and deleting needs ADMIN.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.VIEWER + "')")
public class DirectoryService {
    private final ContactRepository contacts;
    private final ContactPhotoRepository photos;
    private final AddressRepository addresses;
    private final SpecificationQueries queries;
    private final OrganizationService organizations;
    private final TenantService tenants;
    private final AuditService audit;
    private final EntityManager em;

    DirectoryService(ContactRepository contacts, ContactPhotoRepository photos, AddressRepository addresses,
                     SpecificationQueries queries, OrganizationService organizations, TenantService tenants,
                     AuditService audit, EntityManager em) {
        this.contacts = contacts;
        this.photos = photos;
        this.addresses = addresses;
        this.queries = queries;
        this.organizations = organizations;
        this.tenants = tenants;
        this.audit = audit;
        this.em = em;
    }

    // --- Companies (B2B) ---

    /** One statement per page: the contact count is a correlated subquery, not a query per row. */
    public List<CompanyRow> companies(DirectoryFilter f, Pageable pageable) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> q = cb.createTupleQuery();
        Root<Organization> o = q.from(Organization.class);
        Subquery<Long> count = q.subquery(Long.class);
        Root<Contact> c = count.from(Contact.class);
        count.select(cb.count(c)).where(cb.equal(c.get("organizationId"), o.get("id")), cb.isNull(c.get("deletedAt")));
        q.multiselect(o, count).where(companyPredicates(f, o, q, cb));
        q.orderBy(QueryUtils.toOrders(pageable.getSort().and(Sort.by("id")), o, cb));
        return em.createQuery(q).setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize())
                .getResultStream().map(t -> {
                    Organization org = t.get(0, Organization.class);
                    return new CompanyRow(org.getId(), org.getName(),
                            org.getCity() != null ? org.getCity() : org.getMunicipality(), org.getSources(),
                            t.get(1, Long.class));
                }).toList();
    }

    public long countCompanies(DirectoryFilter f) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Organization> o = q.from(Organization.class);
        q.select(cb.count(o)).where(companyPredicates(f, o, q, cb));
        return em.createQuery(q).getSingleResult();
    }

    private static Predicate[] companyPredicates(DirectoryFilter f, Root<Organization> o, CriteriaQuery<?> q,
                                                 CriteriaBuilder cb) {
        List<Predicate> p = new ArrayList<>();
        p.add(cb.isNull(o.get("deletedAt")));
        if (present(f.search())) {
            p.add(cb.like(cb.lower(o.get("name")), LikePatterns.contains(f.search()), LikePatterns.ESCAPE));
        }
        p.addAll(f.created().within(cb, o.get("createdAt"), f.zone()));
        p.addAll(f.modified().within(cb, o.get("updatedAt"), f.zone()));
        if (!f.contactCreated().isAny() || !f.contactModified().isAny()) {
            // Companies having contacts created (or modified) in the range.
            Subquery<Long> having = q.subquery(Long.class);
            Root<Contact> c = having.from(Contact.class);
            List<Predicate> inner = new ArrayList<>(List.of(cb.equal(c.get("organizationId"), o.get("id")),
                    cb.isNull(c.get("deletedAt"))));
            inner.addAll(f.contactCreated().within(cb, c.get("createdAt"), f.zone()));
            inner.addAll(f.contactModified().within(cb, c.get("updatedAt"), f.zone()));
            having.select(c.get("id")).where(inner.toArray(Predicate[]::new));
            p.add(cb.exists(having));
        }
        return p.toArray(Predicate[]::new);
    }

    public Optional<Organization> company(long id) {
        return Optional.ofNullable(em.find(Organization.class, id)).filter(o -> !o.isDeleted());
    }

    public List<Contact> contactsOf(long organizationId) {
        return contacts.findByOrganizationIdAndDeletedAtIsNullOrderByDisplayNameAsc(organizationId);
    }

    /** Live companies by name, for the contact form's Company picker. */
    public List<Choice> companyChoices(String search, int offset, int limit) {
        return em.createQuery("SELECT o FROM Organization o WHERE o.deletedAt IS NULL AND LOWER(o.name) LIKE :q "
                        + "ESCAPE '\\' ORDER BY o.name, o.id", Organization.class)
                .setParameter("q", LikePatterns.contains(search)).setFirstResult(offset).setMaxResults(limit)
                .getResultStream().map(o -> new Choice(o.getId(), o.getName(), o.getOrgNumber())).toList();
    }

    // --- Contacts (B2B) ---

    public List<ContactRow> contacts(DirectoryFilter f, Pageable pageable) {
        List<Contact> page = queries.page(Contact.class, contactSpec(f), pageable);
        Map<Long, String> names = companyNames(page.stream().map(Contact::getOrganizationId).filter(Objects::nonNull)
                .distinct().toList());
        return page.stream().map(c -> new ContactRow(c.getId(), c.getDisplayName(), c.getEmail(),
                c.getOrganizationId() == null ? null : names.get(c.getOrganizationId()), c.getPhone(), c.isHasPhoto()))
                .toList();
    }

    public long countContacts(DirectoryFilter f) {
        return contacts.count(contactSpec(f));
    }

    static Specification<Contact> contactSpec(DirectoryFilter f) {
        return (root, query, cb) -> cb.and(personPredicates(f, root, cb).toArray(Predicate[]::new));
    }

    public Optional<Contact> contact(long id) {
        return contacts.findById(id).filter(c -> c.getDeletedAt() == null);
    }

    public Optional<Photos.Stored> contactPhoto(long id) {
        return photos.findById(id).map(p -> new Photos.Stored(p.getContentType(), p.getData()));
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
        d.setCompany(c.getOrganizationId() == null ? null : company(c.getOrganizationId())
                .map(o -> new Choice(o.getId(), o.getName(), o.getOrgNumber())).orElse(null));
        d.setVersion(c.getVersion());
        return d;
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public long createContact(ContactDraft d, byte[] photo) {
        Contact c = new Contact();
        apply(c, d);
        Photos.Stored stored = photo == null ? null : Photos.resize(photo);
        contacts.saveAndFlush(c);
        if (stored != null) {
            photos.save(new ContactPhoto(c.getId(), stored.contentType(), stored.data()));
            c.setHasPhoto(true);
        }
        audit.record("CONTACT_CREATED", "CONTACT", c.getId(), "Created contact " + c.getDisplayName(), null, state(c));
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
        audit.record("CONTACT_UPDATED", "CONTACT", id, "Updated contact " + c.getDisplayName(), before, state(c));
    }

    private void apply(Contact c, ContactDraft d) {
        FieldErrors errors = new FieldErrors();
        errors.require(!blank(d.getFirstName()) || !blank(d.getLastName()) || !blank(d.getEmail()), "firstName",
                "contact.name-required");
        PhoneNumbers.Normalized phone = errors.check(
                () -> PhoneNumbers.optional(d.getPhone(), tenants.country(), "customer.phone-invalid"));
        errors.require(d.getCompany() == null || company(d.getCompany().id()).isPresent(), "company",
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

    // --- Customers (B2C) ---

    @PreAuthorize("hasRole('" + Roles.BACKOFFICE + "')")
    public List<PersonRow> people(DirectoryFilter f, Pageable pageable) {
        return queries.page(Customer.class, personSpec(f), pageable).stream()
                .map(c -> new PersonRow(c.getId(), c.getDisplayName(), c.getGroupsLabel().isBlank() ? List.of()
                        : List.of(c.getGroupsLabel().split(", ")), c.getEmail(), List.of(c.getSource().name())))
                .toList();
    }

    @PreAuthorize("hasRole('" + Roles.BACKOFFICE + "')")
    public long countPeople(DirectoryFilter f) {
        return em.createQuery(countOf(personSpec(f))).getSingleResult();
    }

    /** INDIVIDUAL customers without a company. */
    static Specification<Customer> personSpec(DirectoryFilter f) {
        return (root, query, cb) -> {
            List<Predicate> p = personPredicates(f, root, cb);
            p.add(cb.equal(root.get("type"), CustomerType.INDIVIDUAL));
            p.add(cb.isNull(root.get("organizationId")));
            return cb.and(p.toArray(Predicate[]::new));
        };
    }

    private CriteriaQuery<Long> countOf(Specification<Customer> spec) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Customer> root = q.from(Customer.class);
        return q.select(cb.count(root)).where(spec.toPredicate(root, q, cb));
    }

    /** Contacts and B2C customers share their filters (both have names, e-mail, gender and dates). */
    private static List<Predicate> personPredicates(DirectoryFilter f, Root<?> root, CriteriaBuilder cb) {
        List<Predicate> p = new ArrayList<>();
        p.add(cb.isNull(root.get("deletedAt")));
        if (present(f.search())) {
            String like = LikePatterns.contains(f.search());
            p.add(cb.or(cb.like(cb.lower(root.get("displayName")), like, LikePatterns.ESCAPE),
                    cb.like(cb.lower(root.get("email")), like, LikePatterns.ESCAPE)));
        }
        if (present(f.email())) {
            p.add(cb.like(cb.lower(root.get("email")), LikePatterns.contains(f.email()), LikePatterns.ESCAPE));
        }
        if (present(f.firstName())) {
            p.add(cb.like(cb.lower(root.get("firstName")), LikePatterns.contains(f.firstName()), LikePatterns.ESCAPE));
        }
        if (present(f.lastName())) {
            p.add(cb.like(cb.lower(root.get("lastName")), LikePatterns.contains(f.lastName()), LikePatterns.ESCAPE));
        }
        if (!f.ids().isEmpty()) {
            p.add(root.get("id").in(f.ids()));
        }
        if (!f.genders().isEmpty()) {
            p.add(root.get("gender").in(f.genders()));
        }
        p.addAll(f.created().within(cb, root.get("createdAt"), f.zone()));
        p.addAll(f.modified().within(cb, root.get("updatedAt"), f.zone()));
        return p;
    }

    // --- Delete (checkbox selection) ---

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public int deleteContacts(Collection<Long> ids) {
        int n = 0;
        for (Contact c : contacts.findAllById(ids)) {
            if (c.getDeletedAt() == null) {
                c.setDeletedAt(Instant.now());
                audit.record("CONTACT_DELETED", "CONTACT", c.getId(), "Deleted contact " + c.getDisplayName(), null, null);
                n++;
            }
        }
        return n;
    }

    @PreAuthorize("hasRole('" + Roles.BACKOFFICE + "')")
    @Transactional
    public int deleteCustomers(Collection<Long> ids) {
        int n = 0;
        for (Long id : ids) {
            Customer c = em.find(Customer.class, id);
            if (c != null && c.getDeletedAt() == null && c.getOrganizationId() == null) {
                c.setDeletedAt(Instant.now());
                audit.record("CUSTOMER_DELETED", "CUSTOMER", id, "Deleted customer " + c.getDisplayName(), null, null);
                n++;
            }
        }
        return n;
    }

    /** Live contacts of these companies: the delete dialog asks what to do with them. */
    public long contactCount(Collection<Long> companyIds) {
        return companyIds.isEmpty() ? 0 : em.createQuery("SELECT COUNT(c) FROM Contact c WHERE c.deletedAt IS NULL "
                + "AND c.organizationId IN :ids", Long.class).setParameter("ids", companyIds).getSingleResult();
    }

    /** Soft-deletes the companies (and their customer accounts); their contacts are deleted too or kept unlinked. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public int deleteCompanies(Collection<Long> ids, boolean deleteContacts) {
        int n = 0;
        for (Long id : ids) {
            if (company(id).isEmpty()) {
                continue;
            }
            for (Contact c : contactsOf(id)) {
                if (deleteContacts) {
                    c.setDeletedAt(Instant.now());
                    audit.record("CONTACT_DELETED", "CONTACT", c.getId(), "Deleted contact " + c.getDisplayName()
                            + " with its company", null, null);
                } else {
                    c.setOrganizationId(null);
                    audit.record("CONTACT_UNLINKED", "CONTACT", c.getId(), "Unlinked contact " + c.getDisplayName()
                            + " from its deleted company", null, null);
                }
            }
            organizations.softDelete(id);
            n++;
        }
        return n;
    }

    // --- Addresses ---

    public List<Address> addresses(OwnerType type, long ownerId) {
        return addresses.findByOwnerTypeAndOwnerIdOrderByKindAscIdAsc(type, ownerId);
    }

    /** Adds ({@code addressId} null) or changes an address; a new default replaces the old default of its kind. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public long saveAddress(OwnerType type, long ownerId, Long addressId, AddressDraft d) {
        requireOwner(type, ownerId);
        String country = Countries.require(d.getCountry());
        if (!PostCodes.isValid(d.getPostCode(), country)) {
            throw new FieldValidationException("postCode", "address.post-code-invalid", PostCodes.example(country));
        }
        Address a = addressId == null ? new Address(type, ownerId) : addresses.findById(addressId)
                .filter(x -> x.getOwnerType() == type && x.getOwnerId() == ownerId)
                .orElseThrow(() -> new NoSuchElementException("Address " + addressId));
        a.setLines(d.getLine1().trim(), trimToNull(d.getLine2()), d.getPostCode().trim().toUpperCase(Locale.ROOT),
                d.getCity().trim(), country);
        a.set(d.getKind(), false);
        addresses.saveAndFlush(a);
        if (d.isDefaultAddress()) {
            addresses.clearDefault(type, ownerId, d.getKind(), a.getId());
            a.set(d.getKind(), true);
            addresses.saveAndFlush(a);
        }
        audit.record(addressId == null ? "ADDRESS_ADDED" : "ADDRESS_UPDATED", type.name(), ownerId,
                d.getKind() + " address " + a.getLine1() + ", " + a.getPostCode() + " " + a.getCity(), null, null);
        return a.getId();
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void removeAddress(OwnerType type, long ownerId, long addressId) {
        addresses.findById(addressId).filter(a -> a.getOwnerType() == type && a.getOwnerId() == ownerId).ifPresent(a -> {
            addresses.delete(a);
            audit.record("ADDRESS_REMOVED", type.name(), ownerId, a.getKind() + " address " + a.getLine1() + " removed",
                    null, null);
        });
    }

    /** The owner must exist in this tenant (the tenant filter makes another tenant's id invisible). */
    public void requireOwner(OwnerType type, long ownerId) {
        boolean exists = switch (type) {
            case ORGANIZATION -> company(ownerId).isPresent();
            case CONTACT -> contact(ownerId).isPresent();
            case CUSTOMER -> em.find(Customer.class, ownerId) != null;
        };
        if (!exists) {
            throw new NoSuchElementException(type + " " + ownerId);
        }
    }

    private Map<Long, String> companyNames(List<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT o.id, o.name FROM Organization o WHERE o.id IN :ids", Object[].class)
                    .setParameter("ids", ids).getResultList().forEach(r -> names.put((Long) r[0], (String) r[1]));
        }
        return names;
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
