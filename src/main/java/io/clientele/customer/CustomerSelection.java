package io.clientele.customer;

import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.data.jpa.domain.Specification;

/**
 * What a bulk action or export works on: the rows a user ticked, or every customer matching the list's filter
 * ("Select all Z matching"), which is never loaded as a whole.
 */
public record CustomerSelection(SortedSet<Long> ids, CustomerFilter filter) {
    public static CustomerSelection of(Set<Long> ids) {
        return new CustomerSelection(new TreeSet<>(ids), null);
    }

    public static CustomerSelection allMatching(CustomerFilter filter) {
        return new CustomerSelection(null, filter);
    }

    public boolean isAllMatching() {
        return ids == null;
    }

    /** The selection as one WHERE clause of literals (the tenant condition is Hibernate's). */
    Specification<Customer> where() {
        if (isAllMatching()) {
            return CustomerSpecifications.matching(filter);
        }
        List<Long> chosen = List.copyOf(ids);
        return (root, query, cb) ->
                chosen.isEmpty() ? cb.disjunction() : root.get("id").in(CustomerSpecifications.literals(cb, chosen));
    }
}
