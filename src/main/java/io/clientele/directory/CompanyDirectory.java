package io.clientele.directory;

import static io.clientele.base.Texts.present;

import io.clientele.audit.AuditService;
import io.clientele.audit.Summary;
import io.clientele.base.Choice;
import io.clientele.base.LikePatterns;
import io.clientele.organization.Organization;
import io.clientele.organization.OrganizationService;
import io.clientele.security.CurrentUser;
import io.clientele.security.Roles;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users → Companies (B2B): organizations (owned and read through OrganizationService) with their contacts.
 * VIEWER may browse; deleting needs ADMIN.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.VIEWER + "')")
public class CompanyDirectory {
    private final OrganizationService organizations;
    private final ContactRepository contacts;
    private final ContactService contactService;
    private final AuditService audit;

    private final Clock clock;

    CompanyDirectory(
            OrganizationService organizations,
            ContactRepository contacts,
            ContactService contactService,
            AuditService audit,
            Clock clock) {
        this.clock = clock;
        this.organizations = organizations;
        this.contacts = contacts;
        this.contactService = contactService;
        this.audit = audit;
    }

    /** Two statements per page: the organizations, then the live contact counts of just those. */
    public List<CompanyRow> companies(DirectoryFilter f, Pageable pageable) {
        List<Organization> page = organizations.live(companySpec(f), pageable);
        Map<Long, Long> counts = new HashMap<>();
        if (!page.isEmpty()) {
            contacts.countLiveByOrganization(
                            page.stream().map(Organization::getId).toList())
                    .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        }
        return page.stream()
                .map(o -> new CompanyRow(
                        o.getId(),
                        o.getName(),
                        o.getCity() != null ? o.getCity() : o.getMunicipality(),
                        o.getSources(),
                        counts.getOrDefault(o.getId(), 0L)))
                .toList();
    }

    public long countCompanies(DirectoryFilter f) {
        return organizations.countLive(companySpec(f));
    }

    private static Specification<Organization> companySpec(DirectoryFilter f) {
        return (o, q, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (present(f.search())) {
                p.add(cb.like(cb.lower(o.get("name")), LikePatterns.contains(f.search()), LikePatterns.ESCAPE));
            }
            p.addAll(f.created().within(cb, o.get("createdAt"), f.zone()));
            p.addAll(f.modified().within(cb, o.get("updatedAt"), f.zone()));
            if (!f.contactCreated().isAny() || !f.contactModified().isAny()) {
                // Companies having contacts created (or modified) in the range.
                Subquery<Long> having = q.subquery(Long.class);
                Root<Contact> c = having.from(Contact.class);
                List<Predicate> inner = new ArrayList<>(
                        List.of(cb.equal(c.get("organizationId"), o.get("id")), cb.isNull(c.get("deletedAt"))));
                inner.addAll(f.contactCreated().within(cb, c.get("createdAt"), f.zone()));
                inner.addAll(f.contactModified().within(cb, c.get("updatedAt"), f.zone()));
                having.select(c.get("id")).where(inner.toArray(Predicate[]::new));
                p.add(cb.exists(having));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }

    public Optional<Organization> company(long id) {
        return organizations.live(id);
    }

    public List<Contact> contactsOf(long organizationId) {
        return contacts.findByOrganizationIdAndDeletedAtIsNullOrderByDisplayNameAsc(organizationId);
    }

    /** Live companies by name, for the contact form's Company picker. */
    public List<Choice> companyChoices(String search, int offset, int limit) {
        return organizations.choices(search, offset, limit);
    }

    /** Live contacts of these companies: the delete dialog asks what to do with them. */
    public long contactCount(Collection<Long> companyIds) {
        return companyIds.isEmpty() ? 0 : contacts.countByDeletedAtIsNullAndOrganizationIdIn(companyIds);
    }

    /** What one deletion of companies changed, so Undo puts exactly that back. */
    public record CompanyDeletion(List<Long> companies, List<Long> deletedContacts, Map<Long, Long> unlinkedContacts) {
        public int count() {
            return companies.size();
        }
    }

    /** Soft-deletes the companies (and their customer accounts); their contacts are deleted too or kept unlinked. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public CompanyDeletion deleteCompanies(Collection<Long> ids, boolean deleteContacts) {
        List<Long> deleted = new ArrayList<>();
        List<Long> deletedContacts = new ArrayList<>();
        Map<Long, Long> unlinked = new LinkedHashMap<>();
        for (Long id : ids) {
            if (company(id).isEmpty()) {
                continue;
            }
            for (Contact c : contactsOf(id)) {
                if (deleteContacts) {
                    c.delete(Instant.now(clock), CurrentUser.require().getUsername());
                    audit.record(
                            "CONTACT_DELETED", "CONTACT", c.getId(), Summary.of(c.getDisplayName(), 1), null, null);
                    deletedContacts.add(c.getId());
                } else {
                    c.setOrganizationId(null);
                    audit.record("CONTACT_UNLINKED", "CONTACT", c.getId(), Summary.of(c.getDisplayName()), null, null);
                    unlinked.put(c.getId(), id);
                }
            }
            organizations.softDelete(id);
            deleted.add(id);
        }
        return new CompanyDeletion(List.copyOf(deleted), List.copyOf(deletedContacts), Map.copyOf(unlinked));
    }

    /**
     * Undo of {@link #deleteCompanies}: the companies come back, with the contacts deleted along with them, and the
     * kept contacts are linked to them again unless they were given another company meanwhile. A company that was
     * a customer account comes back as a company; its account is recovered on its own page (it needs a new customer
     * admin), as from the Trash. Returns how many companies came back.
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public int restoreCompanies(CompanyDeletion deletion) {
        int n = 0;
        for (Long id : deletion.companies()) {
            if (organizations.find(id).filter(Organization::isDeleted).isPresent()) {
                organizations.recover(id);
                n++;
            }
        }
        contactService.restoreContacts(deletion.deletedContacts());
        for (Contact c : contacts.findAllById(deletion.unlinkedContacts().keySet())) {
            if (c.getOrganizationId() == null && c.getDeletedAt() == null) {
                c.setOrganizationId(deletion.unlinkedContacts().get(c.getId()));
                audit.record("CONTACT_RELINKED", "CONTACT", c.getId(), Summary.of(c.getDisplayName()), null, null);
            }
        }
        return n;
    }
}
