package io.clientele.base;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Component;

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

    public <T> long count(Class<T> type, Specification<T> spec) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<T> root = query.from(type);
        return em.createQuery(query.select(cb.count(root)).where(spec.toPredicate(root, query, cb)))
                .getSingleResult();
    }

    /** Every row in the order given, read as it is consumed (for exports of flat entities); close the stream. */
    public <T> Stream<T> stream(Class<T> type, Specification<T> spec, Sort sort, int fetchSize) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> query = cb.createQuery(type);
        Root<T> root = query.from(type);
        query.where(spec.toPredicate(root, query, cb)).orderBy(QueryUtils.toOrders(sort, root, cb));
        return em.createQuery(query)
                .setHint(HibernateHints.HINT_FETCH_SIZE, fetchSize)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream()
                // Each row leaves the persistence context as it is read, so a long export does not pile up.
                .peek(em::detach);
    }

    /**
     * The named attributes of every row, in the order given (then by id), read as consumed: a projection, so a
     * million rows never become entities; close the stream.
     */
    public <T> Stream<Tuple> tuples(
            Class<T> type, Specification<T> spec, Sort sort, int fetchSize, String... attributes) {
        return projection(type, spec, sort, attributes)
                .setHint(HibernateHints.HINT_FETCH_SIZE, fetchSize)
                .getResultStream();
    }

    /** One page of the named attributes: a list shows rows, never entities it would have to track. */
    public <T> List<Tuple> tuplePage(Class<T> type, Specification<T> spec, Pageable pageable, String... attributes) {
        return projection(type, spec, pageable.getSort(), attributes)
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList();
    }

    /** Each attribute is read under its own name ({@code tuple.get("email")}), never by position. */
    private <T> TypedQuery<Tuple> projection(Class<T> type, Specification<T> spec, Sort sort, String... attributes) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<T> root = query.from(type);
        query.multiselect(Arrays.stream(attributes)
                        .<Selection<?>>map(a -> root.get(a).alias(a))
                        .toList())
                .where(spec.toPredicate(root, query, cb))
                .orderBy(QueryUtils.toOrders(withTiebreak(sort), root, cb));
        return em.createQuery(query);
    }

    /** The next {@code max} ids above {@code after}, ascending: keyset paging for jobs over a whole selection. */
    public <T> List<Long> idsAfter(Class<T> type, Specification<T> spec, long after, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<T> root = query.from(type);
        query.select(root.get("id"))
                .where(spec.toPredicate(root, query, cb), cb.gt(root.get("id"), after))
                .orderBy(cb.asc(root.get("id")));
        return em.createQuery(query).setMaxResults(max).getResultList();
    }

    public <T> List<T> page(Class<T> type, Specification<T> spec, Pageable pageable) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> query = cb.createQuery(type);
        Root<T> root = query.from(type);
        query.where(spec.toPredicate(root, query, cb));
        query.orderBy(QueryUtils.toOrders(withTiebreak(pageable.getSort()), root, cb));
        return em.createQuery(query)
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList();
    }

    /**
     * Rows with equal sort values come by id, in the sort's own direction: an index on (tenant, column, id) then
     * serves "ORDER BY column DESC, id DESC" by a backward scan instead of sorting the table.
     */
    static Sort withTiebreak(Sort sort) {
        Sort.Direction direction =
                sort.stream().findFirst().map(Sort.Order::getDirection).orElse(Sort.Direction.ASC);
        return sort.and(Sort.by(direction, "id"));
    }
}
