package io.clientele.customer;

import io.clientele.base.FieldErrors;
import io.clientele.base.FieldValidationException;

/** The name rule teams and groups share: required, at most 100 characters, trimmed. */
final class LabelNames {
    private LabelNames() {}

    static String valid(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new FieldValidationException("name", "validation.required");
        }
        if (clean.length() > 100) {
            throw new FieldValidationException("name", "validation.max-100");
        }
        FieldErrors errors = new FieldErrors();
        errors.plain("name", clean);
        errors.throwIfAny();
        return clean;
    }
}
