package io.clientele.base;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Component;
import java.util.List;

/**
 * One page of a Specification without the count query that {@code findAll(spec, pageable)} adds:
 * the lists count once per filter change, not once per page.
 */
@Component
public class SpecificationQueries {
    private final EntityManager em;

    SpecificationQueries(EntityManager em) {
        this.em = em;
    }

    public <T> List<T> page(Class<T> type, Specification<T> spec, Pageable pageable) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> query = cb.createQuery(type);
        Root<T> root = query.from(type);
        query.where(spec.toPredicate(root, query, cb));
        query.orderBy(QueryUtils.toOrders(pageable.getSort().and(org.springframework.data.domain.Sort.by("id")), root, cb));
        return em.createQuery(query)
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList();
    }
}
