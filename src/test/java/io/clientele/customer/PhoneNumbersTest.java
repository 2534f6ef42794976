package io.clientele.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.base.FieldValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumbersTest {
    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
        "'+47 912 34 567',NO,4791234567",
        "91234567,NO,4791234567",
        "'912 34 567',NO,4791234567",
        "'+46 70 123 45 67',NO,46701234567",
        "'070-123 45 67',SE,46701234567"
    })
    void storesE164DigitsWhateverTheFormatting(String text, String region, String digits) {
        assertThat(PhoneNumbers.normalize(text, region))
                .get()
                .extracting(PhoneNumbers.Normalized::digits)
                .isEqualTo(digits);
    }

    @ParameterizedTest
    @CsvSource({"12,NO", "'43 00 00 00',NO", "'call me',NO", "'+47 912 34 567 890',NO"})
    void refusesNumbersThatCannotBeDialled(String text, String region) {
        assertThat(PhoneNumbers.normalize(text, region)).isEmpty();
    }

    @Test
    void anOptionalFieldIsBlankOrValid() {
        assertThat(PhoneNumbers.optional("  ", "NO", "customer.phone-invalid")).isNull();
        assertThat(PhoneNumbers.optional("91234567", "NO", "customer.phone-invalid")
                        .display())
                .isEqualTo("+47 91 23 45 67");
        assertThatThrownBy(() -> PhoneNumbers.optional("12", "NO", "customer.phone-invalid"))
                .isInstanceOf(FieldValidationException.class)
                .hasMessage("customer.phone-invalid");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'+4791234567','+47 91 23 45 67'",
        "'+47 912 34 567','+47 91 23 45 67'",
        "'+47 22 33 44 55','+47 22 33 44 55'",
        "'+4722334455','+47 22 33 44 55'",
        "'+46701234567','+46 70 123 45 67'",
        "'ring meg','ring meg'",
        "'',''"
    })
    void everyStoredStyleShowsInTheInternationalFormat(String stored, String shown) {
        assertThat(PhoneNumbers.display(stored)).isEqualTo(shown);
    }

    @Test
    void searchTextKeepsOnlyDigits() {
        assertThat(PhoneNumbers.digitsOf("+47 (912) 34-567")).isEqualTo("4791234567");
        assertThat(PhoneNumbers.digitsOf(null)).isEmpty();
    }
}
