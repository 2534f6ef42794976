package io.clientele.subscription.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import io.clientele.KaribuTest;
import io.clientele.security.Role;
import io.clientele.subscription.PlanCatalog.PlanRow;
import io.clientele.subscription.PlanPeriod;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** An ADMIN makes a yearly plan in the side panel, is told what is wrong first, and retires it from the row menu. */
class PlansViewTest extends KaribuTest {
    @Test
    void makeAPlanThenRetireIt() {
        login(data.staff(data.tenant(), Role.ADMIN));
        UI.getCurrent().navigate("settings/plans");
        PlansView view = _get(PlansView.class);
        assertThat(view.paged().getGrid().getEmptyStateText())
                .isEqualTo("No plans yet. Add the plans portal customers can subscribe to.");

        _get(Button.class, spec -> spec.withId("add-plan")).click();
        PlansView.PlanForm form = _get(PlansView.PlanForm.class);
        form.name.setValue("Clinic yearly");
        form.minutesIncluded.setValue(6000);
        form.price.setValue(new BigDecimal("4990.555"));
        form.currency.setValue("NOK");
        form.period.setValue(PlanPeriod.YEARLY);
        _get(Button.class, spec -> spec.withId("save-plan")).click();
        assertThat(form.price.getErrorMessage()).isEqualTo("A price of zero or more, with at most two decimals");
        assertThat(GridKt._size(view.paged().getGrid())).as("nothing saved yet").isZero();

        form.price.setValue(new BigDecimal("4990"));
        _get(Button.class, spec -> spec.withId("save-plan")).click();
        assertThat(GridKt._size(view.paged().getGrid())).isEqualTo(1);
        PlanRow row = GridKt._get(view.paged().getGrid(), 0);
        assertThat(row.period()).isEqualTo(PlanPeriod.YEARLY);
        assertThat(row.price()).isEqualByComparingTo("4990");

        view.actionsFor(row).stream()
                .filter(a -> a.key().equals("retire"))
                .findFirst()
                .orElseThrow()
                .run()
                .run();
        assertThat(GridKt._get(view.paged().getGrid(), 0).active()).isFalse();
        assertThat(view.actionsFor(GridKt._get(view.paged().getGrid(), 0)))
                .extracting(a -> a.key())
                .containsExactly("edit", "reactivate", "delete");
    }
}
