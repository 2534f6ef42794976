package io.clientele.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FieldErrorsTest {
    @Test
    void collectsEveryProblemBeforeRefusing() {
        FieldErrors errors = new FieldErrors();
        errors.require(false, "name", "validation.required");
        errors.require(true, "email", "never.shown");
        Integer value = errors.check(() -> {
            throw new FieldValidationException("phone", "customer.phone-invalid");
        });
        assertThat(value).isNull();
        assertThat(errors.has("phone")).isTrue();
        assertThat(errors.has("email")).isFalse();
        assertThatThrownBy(errors::throwIfAny)
                .isInstanceOfSatisfying(
                        FieldValidationException.class,
                        e -> assertThat(e.all())
                                .extracting(FieldValidationException::field)
                                .containsExactly("name", "phone"));
    }

    @Test
    void nothingToReportThrowsNothing() {
        FieldErrors errors = new FieldErrors();
        assertThat(errors.check(() -> 42)).isEqualTo(42);
        errors.throwIfAny();
    }
}
