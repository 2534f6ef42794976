package io.clientele.base;

import java.util.List;

/**
 * A business rule on an input field failed; {@code messageKey} is an i18n key shown on that field. One
 * exception can carry the problems of several fields (see {@link FieldErrors}).
 */
public class FieldValidationException extends RuntimeException {
    private final String field;
    private final transient Object[] args;
    private final transient List<FieldValidationException> all;

    public FieldValidationException(String field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.args = args;
        this.all = List.of(this);
    }

    /** Several fields at once; the first one names the exception. */
    FieldValidationException(List<FieldValidationException> errors) {
        super(errors.getFirst().getMessage());
        this.field = errors.getFirst().field;
        this.args = errors.getFirst().args;
        this.all = List.copyOf(errors);
    }

    /** Values for the message's placeholders. */
    public Object[] args() {
        return args;
    }

    public String field() {
        return field;
    }

    /** Every field problem, this one first. */
    public List<FieldValidationException> all() {
        return all;
    }
}
