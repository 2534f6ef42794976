package io.clientele.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FormatsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 7, 13);

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    private static void in(Locale locale) {
        UI ui = new UI();
        ui.setLocale(locale);
        UI.setCurrent(ui);
    }

    /** Java puts (narrow) no-break spaces in grouped numbers; a reader sees plain spaces. */
    private static String plain(String s) {
        return s.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    void norwegianDatesAndMoneyReadAsNorwegiansWriteThem() {
        in(Locale.forLanguageTag("nb-NO"));
        assertThat(Formats.date(DAY)).isEqualTo("13.07.2025");
        assertThat(plain(Formats.money(new BigDecimal("2400.00"), "NOK"))).isEqualTo("kr 2 400,00");
    }

    @Test
    void englishDatesKeepTheLocalesOrderWithAFullYear() {
        in(Locale.UK);
        assertThat(Formats.date(DAY)).isEqualTo("13/07/2025");
        in(Locale.US);
        assertThat(Formats.date(DAY)).isEqualTo("7/13/2025");
        assertThat(Formats.money(new BigDecimal("2400.5"), "USD")).isEqualTo("$2,400.50");
    }
}
