package io.clientele.base;

/** A business rule on one input field failed; {@code messageKey} is an i18n key shown on that field. */
public class FieldValidationException extends RuntimeException {
    private final String field;

    public FieldValidationException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
