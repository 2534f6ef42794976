package io.clientele.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.router.QueryParameters;
import io.clientele.KaribuTest;
import io.clientele.security.Role;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateRangeFilterTest extends KaribuTest {
    @Test
    void aDeepLinkedRangeFillsThePickersWhenOpenedAndAPickedDayNarrowsIt() {
        login(data.staff(data.tenant(), Role.VIEWER));
        UI.getCurrent().navigate("customers", QueryParameters.of("created", "2026-01-01..2026-01-31"));
        DateRangeFilter created = _get(DateRangeFilter.class, spec -> spec.withId("filter-created"));
        assertThat(created.getValue())
                .isEqualTo(new io.clientele.base.DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)));
        assertThat(_find(com.vaadin.flow.component.popover.Popover.class))
                .as("made on the first click")
                .isEmpty();

        _get(created, Button.class).click();
        assertThat(created.popover().isOpened()).isTrue();
        List<DatePicker> pickers = _find(created.popover(), DatePicker.class);
        assertThat(pickers)
                .extracting(DatePicker::getValue)
                .containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
        assertThat(pickers.get(1).getMin()).isEqualTo(LocalDate.of(2026, 1, 1));

        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(pickers.get(1), LocalDate.of(2026, 1, 15));
        assertThat(created.getValue())
                .isEqualTo(new io.clientele.base.DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 15)));
        assertThat(_get(created, Button.class).getText()).isEqualTo("1/1/2026 – 1/15/2026");

        _get(created.popover(), Button.class, spec -> spec.withText("Clear")).click();
        assertThat(created.getValue().isAny()).isTrue();
        assertThat(_get(created, Button.class).getText()).isEqualTo("Any time");
    }
}
