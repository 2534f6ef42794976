package io.clientele.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import io.clientele.base.FieldValidationException;
import java.util.Map;

/** Puts every problem of a {@link FieldValidationException} on the field it names. */
public final class FieldMessages {
    private FieldMessages() {}

    /** Fields not in {@code fields} show their message on {@code fallback}. */
    public static void show(
            FieldValidationException e, Map<String, ? extends HasValidation> fields, HasValidation fallback) {
        for (FieldValidationException problem : e.all()) {
            HasValidation field = fields.containsKey(problem.field()) ? fields.get(problem.field()) : fallback;
            field.setErrorMessage(UI.getCurrent().getTranslation(problem.getMessage(), problem.args()));
            field.setInvalid(true);
        }
    }
}
