package io.clientele.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostCodesTest {
    @ParameterizedTest(name = "{1} {0} valid: {2}")
    @CsvSource({
        "0150,NO,true",
        "150,NO,false",
        "01500,NO,false",
        "'114 55',SE,true",
        "11455,SE,true",
        "2100,DK,true",
        "10115,DE,true",
        "1011,DE,false",
        "94105,US,true",
        "94105-1234,US,true",
        "9410,US,false",
        "'SW1A 1AA',GB,true",
        "sw1a1aa,GB,true",
        "12345,GB,false",
        "75008,FR,true",
        "'',FR,false",
        "'<script>',NO,false"
    })
    void checksPostCodesPerCountry(String code, String country, boolean valid) {
        assertThat(PostCodes.isValid(code, country)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"NO,0150", "SE,114 55", "GB,SW1A 1AA", "FR,12345"})
    void examplesAreThemselvesValid(String country, String example) {
        assertThat(PostCodes.example(country)).isEqualTo(example);
        assertThat(PostCodes.isValid(example, country)).isTrue();
    }
}
