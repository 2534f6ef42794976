package io.clientele.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrgNumbersTest {
    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource({
        "923609016,NO,true",
        "923609017,NO,false",
        "92360901,NO,false",
        "9236090160,NO,false",
        "'923 609 016',NO,true",
        "5560125790,SE,true",
        "ABC123,SE,false",
        "'',DK,false"
    })
    void norwegianNumbersNeedNineDigitsAndTheModulus11CheckDigit(String text, String country, boolean valid) {
        assertThat(OrgNumbers.isValid(OrgNumbers.normalize(text), country)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"92360901,6", "98765432,5"})
    void computesTheCheckDigit(String eight, int check) {
        assertThat(OrgNumbers.checkDigit(eight)).isEqualTo(check);
    }
}
