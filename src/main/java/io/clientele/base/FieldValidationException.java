package io.clientele.base;

/** A business rule on one input field failed; {@code messageKey} is an i18n key shown on that field. */
public class FieldValidationException extends RuntimeException {
    private final String field;
    private final transient Object[] args;

    public FieldValidationException(String field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.args = args;
    }

    /** Values for the message's placeholders. */
    public Object[] args() {
        return args;
    }

    public String field() {
        return field;
    }
}
