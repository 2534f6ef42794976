package io.clientele.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Info tab's device line reads in the staff member's language. */
class BrowsersTest {
    private static final String CHROME_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

    @Test
    void describesTheBrowserAndSystemInTheReadersLanguage() {
        assertThat(Browsers.describe(CHROME_ON_WINDOWS, Locale.UK)).isEqualTo("Chrome 131 on Windows");
        assertThat(Browsers.describe(CHROME_ON_WINDOWS, Locale.forLanguageTag("nb")))
                .isEqualTo("Chrome 131 på Windows");
        assertThat(Browsers.describe("curl/8.5", Locale.forLanguageTag("nb")))
                .isEqualTo("Annen nettleser på ukjent system");
        assertThat(Browsers.describe(" ", Locale.UK)).isNull();
    }
}
