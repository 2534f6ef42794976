package io.clientele.organization;

import static io.clientele.base.Texts.blank;
import static io.clientele.base.Texts.trimToNull;

import io.clientele.audit.AuditService;
import io.clientele.audit.Summary;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.Choice;
import io.clientele.base.ConcurrentEditException;
import io.clientele.base.Countries;
import io.clientele.base.FieldErrors;
import io.clientele.base.FieldValidationException;
import io.clientele.base.LikePatterns;
import io.clientele.base.PostCodes;
import io.clientele.base.SpecificationQueries;
import io.clientele.customer.CustomerSource;
import io.clientele.customer.PhoneNumbers;
import io.clientele.security.Roles;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organizations of the current tenant: ADMIN and above (product page 4's "System administrator"). */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class OrganizationService {
    private static final String ENTITY = "ORGANIZATION";

    private final OrganizationRepository organizations;
    private final SpecificationQueries queries;
    private final EntityManager em;
    private final AuditService audit;
    private final ApplicationEventPublisher events;

    private final Clock clock;

    OrganizationService(
            OrganizationRepository organizations,
            SpecificationQueries queries,
            EntityManager em,
            AuditService audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.clock = clock;
        this.organizations = organizations;
        this.queries = queries;
        this.em = em;
        this.audit = audit;
        this.events = events;
    }

    public List<Organization> list(String search, boolean includeDeleted, Pageable pageable) {
        return queries.page(Organization.class, matching(search, includeDeleted), pageable);
    }

    public long count(String search, boolean includeDeleted) {
        return organizations.count(matching(search, includeDeleted));
    }

    /** Name contains the text, or the organization number starts with its digits. */
    static Specification<Organization> matching(String search, boolean includeDeleted) {
        return (root, query, cb) -> {
            List<jakarta.persistence.criteria.Predicate> and = new ArrayList<>();
            if (!includeDeleted) {
                and.add(cb.isNull(root.get("deletedAt")));
            }
            String text = search == null ? "" : search.trim().toLowerCase(Locale.ROOT);
            if (!text.isEmpty()) {
                String digits = OrgNumbers.normalize(text);
                var byName = cb.like(cb.lower(root.get("name")), LikePatterns.contains(text), LikePatterns.ESCAPE);
                and.add(digits.matches("\\d+") ? cb.or(byName, cb.like(root.get("orgNumber"), digits + "%")) : byName);
            }
            return cb.and(and.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }

    public Optional<Organization> find(long id) {
        return organizations.findById(id);
    }

    // --- Reads for other features' views of organizations (Users → Companies): VIEWER may browse ---

    /** A page of live organizations that also meet {@code where} (a feature's own filter, e.g. on its contacts). */
    @PreAuthorize("hasRole('" + Roles.VIEWER + "')")
    public List<Organization> live(Specification<Organization> where, Pageable pageable) {
        return queries.page(Organization.class, notDeleted().and(where), pageable);
    }

    @PreAuthorize("hasRole('" + Roles.VIEWER + "')")
    public long countLive(Specification<Organization> where) {
        return organizations.count(notDeleted().and(where));
    }

    @PreAuthorize("hasRole('" + Roles.VIEWER + "')")
    public Optional<Organization> live(long id) {
        return organizations.findById(id).filter(o -> !o.isDeleted());
    }

    /** Names by id, for lists that show the organization of each row; one statement per page. */
    @PreAuthorize("hasRole('" + Roles.VIEWER + "')")
    public Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            organizations.findAllById(ids).forEach(o -> names.put(o.getId(), o.getName()));
        }
        return names;
    }

    /** Live organizations by name, for pickers. */
    @PreAuthorize("hasRole('" + Roles.VIEWER + "')")
    public List<Choice> choices(String search, int offset, int limit) {
        return em.createQuery(
                        "SELECT o FROM Organization o WHERE o.deletedAt IS NULL AND LOWER(o.name) LIKE :q "
                                + "ESCAPE '\\' ORDER BY o.name, o.id",
                        Organization.class)
                .setParameter("q", LikePatterns.contains(search))
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(o -> new Choice(o.getId(), o.getName(), o.getOrgNumber()))
                .toList();
    }

    private static Specification<Organization> notDeleted() {
        return (root, query, cb) -> cb.isNull(root.get("deletedAt"));
    }

    /**
     * Live organizations that no customer account is built on yet (plus {@code keepId}, the one an
     * edited account already uses), filtered by name or number — the Organization field's items.
     */
    public List<Organization> withoutAccount(String search, Long keepId, Pageable pageable) {
        return em.createQuery(
                        "SELECT o FROM Organization o WHERE o.deletedAt IS NULL AND (LOWER(o.name) LIKE :q "
                                + "ESCAPE '\\' OR o.orgNumber LIKE :q) AND (o.id = :keep OR NOT EXISTS (SELECT 1 FROM Customer c "
                                + "WHERE c.organizationId = o.id)) ORDER BY o.name, o.id",
                        Organization.class)
                .setParameter("q", LikePatterns.contains(search))
                .setParameter("keep", keepId == null ? -1L : keepId)
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList();
    }

    /** The live organization with this number (as typed: spaces and dots aside), if one has it. */
    public Optional<Organization> withOrgNumber(String number) {
        return organizations.findFirstByOrgNumberAndDeletedAtIsNull(OrgNumbers.normalize(number));
    }

    /** The first live organization with this name in any case: a new one of that name is likely the same company. */
    public Optional<Organization> withName(String name) {
        return organizations.findFirstByNameIgnoreCaseAndDeletedAtIsNullOrderById(name.strip());
    }

    /** What the form would refuse in {@code draft} for a new organization or the one with {@code existingId}. */
    public List<FieldValidationException> problems(OrganizationDraft draft, Long existingId) {
        try {
            apply(new Organization(), draft, existingId);
            return List.of();
        } catch (FieldValidationException e) {
            return e.all();
        }
    }

    public OrganizationDraft draftOf(long id) {
        Organization o = organizations.findById(id).orElseThrow(() -> new NoSuchElementException("Organization " + id));
        OrganizationDraft d = new OrganizationDraft();
        d.setName(o.getName());
        d.setOrgNumber(o.getOrgNumber());
        d.setLegalForm(Objects.toString(o.getLegalForm(), ""));
        d.setDigitalAddress(Objects.toString(o.getDigitalAddress(), ""));
        d.setAddress(Objects.toString(o.getAddress(), ""));
        d.setPostCode(Objects.toString(o.getPostCode(), ""));
        d.setRegion(Objects.toString(o.getRegion(), ""));
        d.setMunicipality(Objects.toString(o.getMunicipality(), ""));
        d.setCity(Objects.toString(o.getCity(), ""));
        d.setCountry(o.getCountry());
        d.setPhone(Objects.toString(o.getPhone(), ""));
        d.setWebsite(Objects.toString(o.getWebsite(), ""));
        d.setEmail(Objects.toString(o.getEmail(), ""));
        d.setVersion(o.getVersion());
        return d;
    }

    @Transactional
    public long create(OrganizationDraft draft) {
        return create(draft, CustomerSource.ADMIN);
    }

    /** A new organization that came from {@code source} (an import, or typed in by an admin). */
    @Transactional
    public long create(OrganizationDraft draft, CustomerSource source) {
        Organization o = new Organization();
        o.setSources(source.name());
        apply(o, draft, null);
        save(o);
        audit.record("ORGANIZATION_CREATED", ENTITY, o.getId(), Summary.of(o.getName()), null, state(o));
        return o.getId();
    }

    @Transactional
    public void update(long id, OrganizationDraft draft) {
        Organization o = editable(id);
        if (o.getVersion() != draft.getVersion()) {
            throw new ConcurrentEditException();
        }
        Map<String, Object> before = state(o);
        String oldName = o.getName();
        apply(o, draft, id);
        save(o);
        if (!oldName.equals(o.getName())) {
            events.publishEvent(new OrganizationChanged(id, o.getName(), OrganizationChanged.Kind.RENAMED));
        }
        audit.record("ORGANIZATION_UPDATED", ENTITY, id, Summary.of(o.getName()), before, state(o));
    }

    /** Soft delete; the customer account built on it is soft-deleted in the same transaction. */
    @Transactional
    public void softDelete(long id) {
        Organization o = editable(id);
        o.setDeletedAt(Instant.now(clock));
        save(o);
        audit.record("ORGANIZATION_DELETED", ENTITY, id, Summary.of(o.getName()), null, null);
        events.publishEvent(new OrganizationChanged(id, o.getName(), OrganizationChanged.Kind.DELETED));
    }

    @Transactional
    public void recover(long id) {
        Organization o = organizations.findById(id).orElseThrow(() -> new NoSuchElementException("Organization " + id));
        if (!o.isDeleted()) {
            throw new ActionRefusedException("organization.refused.not-deleted", o.getName());
        }
        if (organizations.existsByOrgNumberAndDeletedAtIsNull(o.getOrgNumber())) {
            throw new ActionRefusedException("organization.refused.number-in-use", o.getName(), o.getOrgNumber());
        }
        o.setDeletedAt(null);
        save(o);
        audit.record("ORGANIZATION_RECOVERED", ENTITY, id, Summary.of(o.getName()), null, null);
    }

    private Organization editable(long id) {
        Organization o = organizations.findById(id).orElseThrow(() -> new NoSuchElementException("Organization " + id));
        if (o.isDeleted()) {
            throw new ActionRefusedException("organization.refused.deleted", o.getName());
        }
        return o;
    }

    private void save(Organization o) {
        try {
            organizations.saveAndFlush(o);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException();
        } catch (DataIntegrityViolationException e) {
            // Another admin saved the same number a moment ago.
            throw new FieldValidationException("orgNumber", "organization.number-taken");
        }
    }

    private void apply(Organization o, OrganizationDraft d, Long existingId) {
        FieldErrors errors = FieldErrors.of(d);
        String country = errors.check(() -> Countries.require(d.getCountry()));
        String number = OrgNumbers.normalize(d.getOrgNumber());
        if (country != null) {
            errors.require(
                    OrgNumbers.isValid(number, country),
                    "orgNumber",
                    "NO".equals(country) ? "organization.number-invalid-no" : "organization.number-invalid");
            errors.require(
                    blank(d.getPostCode()) || PostCodes.isValid(d.getPostCode(), country),
                    "postCode",
                    "organization.post-number-invalid");
        }
        errors.require(
                errors.has("orgNumber")
                        || !(existingId == null
                                ? organizations.existsByOrgNumberAndDeletedAtIsNull(number)
                                : organizations.existsByOrgNumberAndDeletedAtIsNullAndIdNot(number, existingId)),
                "orgNumber",
                "organization.number-taken");
        PhoneNumbers.Normalized phone = country == null
                ? null
                : errors.check(() -> PhoneNumbers.optional(d.getPhone(), country, "organization.phone-invalid"));
        String website = errors.check(() -> website(d.getWebsite()));
        errors.throwIfAny();
        o.setName(d.getName().trim());
        o.setOrgNumber(number);
        o.setLegalForm(trimToNull(d.getLegalForm()));
        o.setDigitalAddress(trimToNull(d.getDigitalAddress()));
        o.setAddress(trimToNull(d.getAddress()));
        o.setPostCode(blank(d.getPostCode()) ? null : d.getPostCode().trim().toUpperCase(Locale.ROOT));
        o.setRegion(trimToNull(d.getRegion()));
        o.setMunicipality(trimToNull(d.getMunicipality()));
        o.setCity(trimToNull(d.getCity()));
        o.setCountry(country);
        o.setPhone(phone == null ? null : phone.display());
        o.setWebsite(website);
        o.setEmail(blank(d.getEmail()) ? null : d.getEmail().trim().toLowerCase(Locale.ROOT));
    }

    /** Accepts "example.no" as well as a full URL; stores an https:// address. */
    static String website(String text) {
        if (blank(text)) {
            return null;
        }
        String url = text.trim();
        if (!url.matches("(?i)https?://.*")) {
            url = "https://" + url;
        }
        try {
            java.net.URI uri = new java.net.URI(url);
            if (uri.getHost() == null
                    || !uri.getHost().contains(".")
                    || uri.getHost().endsWith(".")) {
                throw new java.net.URISyntaxException(url, "no host");
            }
            return url;
        } catch (java.net.URISyntaxException e) {
            throw new FieldValidationException("website", "organization.website-invalid");
        }
    }

    private static Map<String, Object> state(Organization o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", o.getName());
        m.put("orgNumber", o.getOrgNumber());
        m.put("legalForm", o.getLegalForm());
        m.put("digitalAddress", o.getDigitalAddress());
        m.put("address", o.getAddress());
        m.put("postCode", o.getPostCode());
        m.put("region", o.getRegion());
        m.put("municipality", o.getMunicipality());
        m.put("city", o.getCity());
        m.put("country", o.getCountry());
        m.put("phone", o.getPhone());
        m.put("website", o.getWebsite());
        m.put("email", o.getEmail());
        return m;
    }
}
