package io.clientele.base;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.hibernate.dialect.NullOrdering;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
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
    private Boolean nullsGreatest;

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
     * The page after (or before) the boundary row {@code seek.key()} in a one-column order, read as stretches of an
     * index on (tenant, column, id) in order: the boundary's value with the ids past its id, then the values past it,
     * then the rows without a value where the database sorts them (after all others on PostgreSQL, before them on
     * H2), each only while the page is not full. Null when seeking cannot tell the rows: an order of several columns
     * or by case, a boundary row gone, or too few rows before the boundary for a whole page (the list changed).
     */
    private <T, R> List<R> beyond(
            Class<T> type, Specification<T> spec, Seek seek, BiFunction<Specification<T>, Sort, TypedQuery<R>> query) {
        Sort sort = seek.getSort().isUnsorted() ? Sort.by("id") : seek.getSort();
        Sort.Order order = sort.iterator().next();
        String property = order.getProperty();
        if (sort.stream().count() > 1 || order.isIgnoreCase() || property.contains(".")) {
            return null;
        }
        List<Object> boundary = property.equals("id") ? List.of(seek.key()) : boundary(type, property, seek.key());
        if (boundary.isEmpty()) {
            return null;
        }
        Object value = boundary.getFirst();
        boolean forward = seek.from() == Seek.From.AFTER;
        boolean greater = order.isAscending() == forward;
        // Whether the rows without a value come after the others in the direction read.
        boolean nullsBeyond = nullsGreatest() == greater;
        List<Specification<T>> ranges = new ArrayList<>();
        if (property.equals("id")) {
            ranges.add((root, q, cb) ->
                    past(cb, root.get("id"), ((HibernateCriteriaBuilder) cb).value(seek.key()), greater));
        } else if (value != null) {
            // Two ranges rather than (column, id) > (value, id): each is one stretch of the index, read in order.
            ranges.add((root, q, cb) -> cb.and(
                    cb.equal(root.get(property), value),
                    past(cb, root.get("id"), ((HibernateCriteriaBuilder) cb).value(seek.key()), greater)));
            ranges.add((root, q, cb) ->
                    past(cb, root.get(property), ((HibernateCriteriaBuilder) cb).value(value), greater));
            if (nullsBeyond) {
                ranges.add((root, q, cb) -> cb.isNull(root.get(property)));
            }
        } else {
            ranges.add((root, q, cb) -> cb.and(
                    cb.isNull(root.get(property)),
                    past(cb, root.get("id"), ((HibernateCriteriaBuilder) cb).value(seek.key()), greater)));
            if (!nullsBeyond) {
                ranges.add((root, q, cb) -> cb.isNotNull(root.get(property)));
            }
        }
        Sort read = forward ? sort : reverse(sort);
        List<R> rows = new ArrayList<>();
        for (Specification<T> range : ranges) {
            int wanted = seek.getPageSize() - rows.size();
            if (wanted > 0) {
                rows.addAll(
                        query.apply(spec.and(range), read).setMaxResults(wanted).getResultList());
            }
        }
        if (!forward && rows.size() < seek.getPageSize()) {
            return null;
        }
        return forward ? rows : reversed(rows);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Predicate past(CriteriaBuilder cb, Expression column, Expression boundary, boolean greater) {
        return greater ? cb.greaterThan(column, boundary) : cb.lessThan(column, boundary);
    }

    /** The {@code property} of the row {@code id} (a list of one, which may be null), or no element when it is gone. */
    private <T> List<Object> boundary(Class<T> type, String property, long id) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object> query = cb.createQuery(Object.class);
        Root<T> root = query.from(type);
        query.select(root.get(property)).where(cb.equal(root.get("id"), id));
        List<Object> found = em.createQuery(query).getResultList();
        return found.isEmpty() ? List.of() : java.util.Collections.singletonList(found.getFirst());
    }

    /** Whether the database sorts a missing value after every other in ascending order (PostgreSQL) or before (H2). */
    private boolean nullsGreatest() {
        if (nullsGreatest == null) {
            nullsGreatest = em.getEntityManagerFactory()
                            .unwrap(SessionFactoryImplementor.class)
                            .getJdbcServices()
                            .getDialect()
                            .getNullOrdering()
                    == NullOrdering.GREATEST;
        }
        return nullsGreatest;
    }

    private static Sort reverse(Sort sort) {
        Sort order = sort.isUnsorted() ? Sort.by("id") : sort;
        return Sort.by(order.stream()
                .map(o -> o.with(o.isAscending() ? Sort.Direction.DESC : Sort.Direction.ASC))
                .toList());
    }

    private static <R> List<R> reversed(List<R> rows) {
        return new ArrayList<>(rows).reversed();
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
