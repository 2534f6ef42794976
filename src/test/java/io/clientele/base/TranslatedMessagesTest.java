package io.clientele.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.data.validator.BeanValidator;
import io.clientele.customer.BillingInfo;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A form's Bean Validation messages read from the UI's translations in the reader's language, through the validator
 * Vaadin's Binder uses (bootstrapped from META-INF/validation.xml).
 */
class TranslatedMessagesTest {
    @Test
    void aFormFieldSaysItsLimitInTheReadersLanguage() {
        BeanValidator address = new BeanValidator(BillingInfo.class, "address");
        BeanValidator digital = new BeanValidator(BillingInfo.class, "digitalAddress");
        String tooLong = "x".repeat(201);
        assertThat(message(address, tooLong, Locale.UK)).isEqualTo("At most 200 characters");
        assertThat(message(address, tooLong, Locale.forLanguageTag("nb"))).isEqualTo("Høyst 200 tegn");
        assertThat(message(digital, "nope", Locale.forLanguageTag("nb")))
                .isEqualTo("Bruk formen 0192:923456783 (skjema, kolon, identifikator)");
        assertThat(message(address, "Storgata 1", Locale.UK)).isNull();
    }

    private static String message(BeanValidator validator, String value, Locale locale) {
        var result = validator.apply(
                value,
                new com.vaadin.flow.data.binder.ValueContext((com.vaadin.flow.component.Component) null, null, locale));
        return result.isError() ? result.getErrorMessage() : null;
    }
}
