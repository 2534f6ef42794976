package io.clientele.base;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs every field rule of a form before refusing, so the user sees all problems at once instead of one
 * per click. Nothing is stored when {@link #throwIfAny()} throws.
 */
public final class FieldErrors {
    private final List<FieldValidationException> errors = new ArrayList<>();

    /** Records a problem on {@code field} unless {@code ok}. */
    public void require(boolean ok, String field, String messageKey, Object... args) {
        if (!ok) {
            errors.add(new FieldValidationException(field, messageKey, args));
        }
    }

    /** Runs a rule that answers a value or throws; its refusal is recorded and null returned. */
    public <T> T check(Supplier<T> rule) {
        try {
            return rule.get();
        } catch (FieldValidationException e) {
            errors.addAll(e.all());
            return null;
        }
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
    }
}
