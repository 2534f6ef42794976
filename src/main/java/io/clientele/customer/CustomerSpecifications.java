package io.clientele.customer;

import static io.clientele.base.LikePatterns.contains;
import static io.clientele.base.Texts.present;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/**
 * Turns a {@link CustomerFilter} into one SQL WHERE clause; the tenant condition is added by Hibernate. Every value
 * is a literal, so the SQL alone says which rows match: a CSV export hands it to PostgreSQL's COPY as it is, with
 * Hibernate's tenant parameters as the only placeholders ({@link CustomerCsvCopy}).
 */
final class CustomerSpecifications {
    private CustomerSpecifications() {}

    static Specification<Customer> matching(CustomerFilter f) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (!f.includeDeleted()) {
                all.add(cb.isNull(root.get("deletedAt")));
            }
            if (present(f.search())) {
                // The search text is the name, e-mail and phone digits: holding the term is one of them holding it.
                String like = contains(f.search());
                Predicate any = CustomerSearchText.contains(root, cb, like);
                String digits = PhoneNumbers.digitsOf(f.search());
                String phoneLike = "%" + digits + "%";
                // A term of digits alone is already looked for in the phone digits.
                if (digits.length() >= 3 && !phoneLike.equals(like)) {
                    any = cb.or(any, holding(root, cb, root.get("phoneDigits"), phoneLike));
                }
                all.add(any);
            }
            if (present(f.name())) {
                all.add(holding(root, cb, cb.lower(root.get("displayName")), contains(f.name())));
            }
            if (present(f.email())) {
                all.add(holding(root, cb, cb.lower(root.get("email")), contains(f.email())));
            }
            if (present(f.phone())) {
                all.add(holding(root, cb, root.get("phoneDigits"), "%" + PhoneNumbers.digitsOf(f.phone()) + "%"));
            }
            if (f.types() != null && !f.types().isEmpty()) {
                all.add(root.get("type").in(literals(cb, f.types())));
            }
            if (f.statuses() != null && !f.statuses().isEmpty()) {
                all.add(root.get("status").in(literals(cb, f.statuses())));
            }
            if (f.groups() != null && !f.groups().isEmpty()) {
                var member = query.subquery(Long.class);
                var m = member.from(GroupMember.class);
                member.select(m.get("id").get("customerId"))
                        .where(m.get("id").get("groupId").in(literals(cb, f.groups())));
                all.add(root.get("id").in(member));
            }
            if (f.consents() != null) {
                f.consents().forEach((field, answer) -> all.add(consent(root, query, cb, field, answer)));
            }
            ZoneId zone = f.zone() == null ? ZoneId.systemDefault() : f.zone();
            if (f.createdFrom() != null) {
                all.add(cb.greaterThanOrEqualTo(root.get("createdAt"), startOf(cb, f.createdFrom(), zone)));
            }
            if (f.createdTo() != null) {
                all.add(cb.lessThan(
                        root.get("createdAt"), startOf(cb, f.createdTo().plusDays(1), zone)));
            }
            if (f.lastLoginFrom() != null) {
                all.add(cb.greaterThanOrEqualTo(root.get("lastLoginAt"), startOf(cb, f.lastLoginFrom(), zone)));
            }
            if (f.lastLoginTo() != null) {
                all.add(cb.lessThan(
                        root.get("lastLoginAt"), startOf(cb, f.lastLoginTo().plusDays(1), zone)));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    /**
     * The column holds the pattern. The search text's trigram index finds the candidates, the column itself decides,
     * so a name filter never matches a customer by its e-mail.
     */
    private static Predicate holding(Root<Customer> root, CriteriaBuilder cb, Expression<String> column, String like) {
        return cb.and(CustomerSearchText.contains(root, cb, like), cb.like(column, cb.literal(like), escape(cb)));
    }

    /** Yes/no: an answer of that kind is recorded; unrecorded: no answer to the field at all. */
    private static Predicate consent(
            Root<Customer> root, CriteriaQuery<?> query, CriteriaBuilder cb, long field, ConsentAnswer answer) {
        var answered = query.subquery(Long.class);
        var k = answered.from(CustomerConsent.class);
        Predicate ofField = cb.equal(k.get("fieldId"), cb.literal(field));
        answered.select(k.get("customerId"))
                .where(
                        answer == ConsentAnswer.UNRECORDED
                                ? ofField
                                : cb.and(ofField, cb.equal(k.get("granted"), cb.literal(answer == ConsentAnswer.YES))));
        Predicate in = root.get("id").in(answered);
        return answer == ConsentAnswer.UNRECORDED ? cb.not(in) : in;
    }

    /** With its offset, so the literal names one instant whatever zone the JVM or the database session is in. */
    private static Expression<Instant> startOf(CriteriaBuilder cb, LocalDate day, ZoneId zone) {
        @SuppressWarnings("unchecked")
        Expression<Instant> instant = (Expression<Instant>) (Expression<?>)
                cb.literal(day.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
        return instant;
    }

    /** The escape character of {@link io.clientele.base.LikePatterns}. */
    private static Expression<Character> escape(CriteriaBuilder cb) {
        return cb.literal('\\');
    }

    static Expression<?>[] literals(CriteriaBuilder cb, Collection<?> values) {
        return values.stream().map(cb::literal).toArray(Expression[]::new);
    }
}
