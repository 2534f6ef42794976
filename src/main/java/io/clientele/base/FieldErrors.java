package io.clientele.base;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs every field rule of a form before refusing, so the user sees all problems at once instead of one
 * per click. Nothing is stored when {@link #throwIfAny()} throws.
 */
public final class FieldErrors {
    /** Reads only the drafts' own message keys, so no message interpolation is needed here. */
    private static final Validator CONSTRAINTS = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    private final List<FieldValidationException> errors = new ArrayList<>();

    /**
     * Starts with the form bean's own rules: its Bean Validation constraints (the same the form's Binder shows, here
     * re-checked because a service must not trust its caller) and no invisible control characters in any text.
     */
    public static FieldErrors of(Object draft) {
        FieldErrors errors = new FieldErrors();
        for (ConstraintViolation<Object> v : CONSTRAINTS.validate(draft)) {
            String template = v.getMessageTemplate();
            Object max = v.getConstraintDescriptor().getAttributes().get("max");
            errors.require(
                    false,
                    v.getPropertyPath().toString(),
                    template.replaceAll("^\\{|}$", ""),
                    max == null ? new Object[0] : new Object[] {max});
        }
        try {
            for (PropertyDescriptor p :
                    Introspector.getBeanInfo(draft.getClass()).getPropertyDescriptors()) {
                if (p.getPropertyType() == String.class && p.getReadMethod() != null) {
                    errors.plain(p.getName(), (String) p.getReadMethod().invoke(draft));
                }
            }
        } catch (ReflectiveOperationException | IntrospectionException e) {
            throw new IllegalStateException(e);
        }
        return errors;
    }

    /** Refuses text with characters nobody types: control characters (tab and line breaks aside), half emoji. */
    public void plain(String field, String value) {
        require(value == null || value.equals(Texts.xmlSafe(value)), field, "validation.control-characters");
    }

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
