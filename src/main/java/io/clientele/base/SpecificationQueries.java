package io.clientele.base;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
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
        return paged(type, spec, pageable, (where, sort) -> projection(type, where, sort, attributes));
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
        return paged(type, spec, pageable, (where, sort) -> {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<T> query = cb.createQuery(type);
            Root<T> root = query.from(type);
            query.where(where.toPredicate(root, query, cb));
            query.orderBy(QueryUtils.toOrders(withTiebreak(sort), root, cb));
            return em.createQuery(query);
        });
    }

    /** The rows of {@code pageable}: sought from a neighbour or the end when it is a {@link Seek}, else by OFFSET. */
    private <T, R> List<R> paged(
            Class<T> type,
            Specification<T> spec,
            Pageable pageable,
            BiFunction<Specification<T>, Sort, TypedQuery<R>> query) {
        if (pageable instanceof Seek seek) {
            List<R> rows = seek.from() == Seek.From.END ? fromEnd(spec, seek, query) : beyond(type, spec, seek, query);
            if (rows != null) {
                return rows;
            }
        }
        return query.apply(spec, pageable.getSort())
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList();
    }

    /** A page in a list's second half: the rows from its end in the reverse order, turned round. */
    private static <T, R> List<R> fromEnd(
            Specification<T> spec, Seek seek, BiFunction<Specification<T>, Sort, TypedQuery<R>> query) {
        long skip = seek.key() - seek.getOffset() - seek.getPageSize();
        long rows = seek.getPageSize() + Math.min(0, skip);
        if (rows <= 0) {
            return null;
        }
        return reversed(query.apply(spec, reverse(seek.getSort()))
                .setFirstResult((int) Math.max(0, skip))
                .setMaxResults((int) rows)
                .getResultList());
    }

    /**
     * The page after (or before) the boundary row {@code seek.key()} in a one-column order: the rows whose (column,
     * id) come after the boundary's, which an index on (tenant, column, id) finds at once. Null when that cannot
     * say which rows belong on the page: an order of several columns or by case, a boundary row gone or without a
     * value, or a short page where rows without a value (sorted after all others on PostgreSQL) may belong.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private <T, R> List<R> beyond(
            Class<T> type, Specification<T> spec, Seek seek, BiFunction<Specification<T>, Sort, TypedQuery<R>> query) {
        Sort sort = seek.getSort().isUnsorted() ? Sort.by("id") : seek.getSort();
        Sort.Order order = sort.iterator().next();
        String property = order.getProperty();
        if (sort.stream().count() > 1 || order.isIgnoreCase() || property.contains(".")) {
            return null;
        }
        Comparable value = property.equals("id") ? seek.key() : boundary(type, property, seek.key());
        if (value == null) {
            return null;
        }
        boolean forward = seek.from() == Seek.From.AFTER;
        boolean greater = order.isAscending() == forward;
        Specification<T> past = (root, q, cb) -> {
            Expression<Comparable> column = root.get(property);
            Expression<Long> id = root.get("id");
            if (property.equals("id")) {
                return greater ? cb.greaterThan(id, seek.key()) : cb.lessThan(id, seek.key());
            }
            return greater
                    ? cb.and(
                            cb.greaterThanOrEqualTo(column, value),
                            cb.or(cb.greaterThan(column, value), cb.greaterThan(id, seek.key())))
                    : cb.and(
                            cb.lessThanOrEqualTo(column, value),
                            cb.or(cb.lessThan(column, value), cb.lessThan(id, seek.key())));
        };
        List<R> rows = query.apply(spec.and(past), forward ? sort : reverse(sort))
                .setMaxResults(seek.getPageSize())
                .getResultList();
        if (rows.size() < seek.getPageSize()
                && (!forward
                        || em.getMetamodel()
                                .entity(type)
                                .getSingularAttribute(property)
                                .isOptional())) {
            return null;
        }
        return forward ? rows : reversed(rows);
    }

    /** The {@code property} of the row {@code id}; null when it has none or is gone. */
    @SuppressWarnings("rawtypes")
    private <T> Comparable boundary(Class<T> type, String property, long id) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object> query = cb.createQuery(Object.class);
        Root<T> root = query.from(type);
        query.select(root.get(property)).where(cb.equal(root.get("id"), id));
        List<Object> found = em.createQuery(query).getResultList();
        return found.isEmpty() ? null : (Comparable) found.getFirst();
    }

    private static Sort reverse(Sort sort) {
        Sort order = sort.isUnsorted() ? Sort.by("id") : sort;
        return Sort.by(order.stream()
                .map(o -> o.with(o.isAscending() ? Sort.Direction.DESC : Sort.Direction.ASC))
                .toList());
    }

    private static <R> List<R> reversed(List<R> rows) {
        return new java.util.ArrayList<>(rows).reversed();
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
