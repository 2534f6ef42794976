package io.clientele.customer;

import io.clientele.base.LikePatterns;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.util.Locale;

/**
 * A customer's name, e-mail and phone digits as one text, the database function {@code customer_search_text} that the
 * customer table's one trigram index covers (migration 031). The list's search is a contains-search on it; a filter on
 * one of the three narrows by it, so it reads that index, and its column's own predicate beside it keeps it exact.
 */
public final class CustomerSearchText {
    /** Between the parts: a control character search text never holds ({@link io.clientele.base.Texts#searchText}). */
    private static final char SEPARATOR = '\u001f';

    private static final String FUNCTION = "customer_search_text";

    /** The native SQL of the function over the customer table's columns, for queries written by hand. */
    public static final String SQL = FUNCTION + "(display_name, email, phone_digits)";

    private CustomerSearchText() {}

    /** The function on the embedded database (an alias to this method); PostgreSQL has its own in SQL. */
    public static String of(String name, String email, String phone) {
        return name.toLowerCase(Locale.ROOT)
                + SEPARATOR
                + (email == null ? "" : email.toLowerCase(Locale.ROOT))
                + SEPARATOR
                + (phone == null ? "" : phone);
    }

    /** True when the customer's search text holds {@code like} (a pattern of {@link LikePatterns}, written into the SQL as a literal). */
    public static Predicate contains(Path<?> customer, CriteriaBuilder cb, String like) {
        return cb.like(of(customer, cb), cb.literal(like), cb.literal(LikePatterns.ESCAPE));
    }

    private static Expression<String> of(Path<?> customer, CriteriaBuilder cb) {
        return cb.function(
                FUNCTION,
                String.class,
                customer.get("displayName"),
                customer.get("email"),
                customer.get("phoneDigits"));
    }
}
