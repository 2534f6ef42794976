package io.clientele.base;

import java.util.Locale;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;

/** Which of our named constraints a write broke, as the database reports it through Hibernate, in lower case. */
public final class Constraints {
    private Constraints() {}

    public static Optional<String> violated(DataIntegrityViolationException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException c && c.getConstraintName() != null) {
                return Optional.of(c.getConstraintName().toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    /**
     * True when {@code e} broke the constraint {@code name}. PostgreSQL reports the bare name; H2 qualifies it and
     * names its index after it ("public.name index public.name_index_b").
     */
    public static boolean broke(DataIntegrityViolationException e, String name) {
        return violated(e)
                .filter(v -> v.equals(name)
                        || v.startsWith(name + " ")
                        || v.startsWith("public." + name + " ")
                        || v.equals("public." + name))
                .isPresent();
    }
}
