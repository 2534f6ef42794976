package io.clientele.directory;

import io.clientele.base.LikePatterns;
import io.clientele.base.Texts;
import io.clientele.customer.Customer;
import io.clientele.customer.CustomerSearchText;
import io.clientele.customer.CustomerService;
import io.clientele.customer.CustomerType;
import io.clientele.customer.GroupService;
import io.clientele.security.Roles;
import jakarta.persistence.criteria.Predicate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users → Customers (B2C): individual customers without a company, read and deleted through CustomerService. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.BACKOFFICE + "')")
public class PersonDirectory {
    private final CustomerService customers;
    private final GroupService groups;

    PersonDirectory(CustomerService customers, GroupService groups) {
        this.customers = customers;
        this.groups = groups;
    }

    public List<PersonRow> people(DirectoryFilter f, Pageable pageable) {
        List<Customer> page = customers.matching(personSpec(f), pageable);
        Map<Long, List<String>> names =
                groups.namesOf(page.stream().map(Customer::getId).toList());
        return page.stream()
                .map(c -> new PersonRow(
                        c.getId(),
                        c.getDisplayName(),
                        names.getOrDefault(c.getId(), List.of()),
                        c.getEmail(),
                        List.of(c.getSource().name())))
                .toList();
    }

    public long countPeople(DirectoryFilter f) {
        return customers.countMatching(personSpec(f));
    }

    @Transactional
    public int deleteCustomers(Collection<Long> ids) {
        return customers.softDeleteIndividuals(ids);
    }

    @Transactional
    public int restoreCustomers(Collection<Long> ids) {
        return customers.restoreIndividuals(ids);
    }

    /** INDIVIDUAL customers without a company. */
    static Specification<Customer> personSpec(DirectoryFilter f) {
        return (root, query, cb) -> {
            List<Predicate> p = PersonPredicates.of(f, root, cb);
            // The exact predicates above, read through the customer table's one trigram index.
            Stream.of(f.search(), f.email())
                    .filter(Texts::present)
                    .forEach(text -> p.add(CustomerSearchText.contains(root, cb, LikePatterns.contains(text))));
            p.add(cb.equal(root.get("type"), CustomerType.INDIVIDUAL));
            p.add(cb.isNull(root.get("organizationId")));
            return cb.and(p.toArray(Predicate[]::new));
        };
    }
}
