package io.clientele.duplicate.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import io.clientele.KaribuTest;
import io.clientele.base.ui.RowActions;
import io.clientele.customer.CustomerStatus;
import io.clientele.duplicate.DuplicateService.Pair;
import io.clientele.security.Role;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Management → Duplicates: Scan now lists the pair, Not a duplicate dismisses it; the new-customer form warns. */
class DuplicatesViewTest extends KaribuTest {
    @Test
    void scanListsTheLikelyPairAndDismissRemovesIt() {
        long tenant = data.tenant();
        data.customer(tenant, "Kari", "Nordmann", "kari.nordmann@gmail.com", null, CustomerStatus.ACTIVE);
        data.customer(tenant, "Kari", "Nordmann", "karinordmann+shop@gmail.com", null, CustomerStatus.PENDING);
        login(data.staff(tenant, Role.ADMIN));

        UI.getCurrent().navigate("duplicates");
        DuplicatesView view = _get(DuplicatesView.class);
        assertThat(rows(view)).isEmpty();
        _get(Button.class, spec -> spec.withId("scan-duplicates")).click();
        assertThat(rows(view))
                .singleElement()
                .satisfies(p -> assertThat(p.score()).isEqualTo(100));
        List<String> captions = view.actionsFor(rows(view).getFirst()).stream()
                .map(RowActions.Action::caption)
                .toList();
        assertThat(captions).containsExactly("Open Kari Nordmann", "Open Kari Nordmann", "Merge…", "Not a duplicate");
        view.actionsFor(rows(view).getFirst()).getLast().run().run();
        assertThat(rows(view)).isEmpty();
    }

    @Test
    void mergeKeepsTheChosenRecordAndValues() {
        long tenant = data.tenant();
        long kari = data.customer(tenant, "Kari", "Nordmann", "kari.nordmann@gmail.com", null, CustomerStatus.ACTIVE);
        long again = data.customer(
                tenant, "Kari", "Nordmann", "karinordmann+shop@gmail.com", "+47 912 34 567", CustomerStatus.PENDING);
        login(data.staff(tenant, Role.ADMIN));
        UI.getCurrent().navigate("duplicates");
        DuplicatesView view = _get(DuplicatesView.class);
        _get(Button.class, spec -> spec.withId("scan-duplicates")).click();
        view.actionsFor(rows(view).getFirst()).stream()
                .filter(a -> a.caption().equals("Merge…"))
                .findFirst()
                .orElseThrow()
                .run()
                .run();
        MergeDialog dialog = _get(MergeDialog.class);
        assertThat(dialog.choices)
                .as("only fields that differ are asked")
                .containsOnlyKeys(
                        io.clientele.duplicate.MergeService.Field.EMAIL,
                        io.clientele.duplicate.MergeService.Field.PHONE,
                        io.clientele.duplicate.MergeService.Field.STATUS);
        dialog.survivor.setValue(kari);
        dialog.choices.get(io.clientele.duplicate.MergeService.Field.EMAIL).setValue(kari < again ? 1 : 0);
        _get(Button.class, spec -> spec.withId("confirm-merge")).click();

        assertThat(rows(view)).isEmpty();
        var survivor = customers.details(kari).orElseThrow().row();
        assertThat(survivor.email()).isEqualTo("karinordmann+shop@gmail.com");
        assertThat(survivor.phone())
                .as("the empty value was not offered over a real one")
                .isEqualTo("+47 91 23 45 67");
        assertThat(customers.details(again).orElseThrow().row().deleted()).isTrue();
        UI.getCurrent().navigate("customers/" + again);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("customers/" + kari);
    }

    @Test
    void theNewCustomerFormWarnsWhileTheDuplicateIsTyped() {
        long tenant = data.tenant();
        data.customer(tenant, "Kari", "Nordmann", "kari.nordmann@gmail.com", "+47 912 34 567", CustomerStatus.ACTIVE);
        login(data.staff(tenant, Role.ADMIN));
        UI.getCurrent().navigate("customers");
        _get(Button.class, spec -> spec.withId("add-customer")).click();
        _assertNone(Div.class, spec -> spec.withId("duplicate-warning"));
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("Phone"))
                .setValue("912 34 567");
        Div warning = _get(Div.class, spec -> spec.withId("duplicate-warning"));
        assertThat(warning.getElement().getTextRecursively())
                .contains("This may be a customer you already have:", "Kari Nordmann — same phone");
    }

    private static List<Pair> rows(DuplicatesView view) {
        var grid = view.paged().getGrid();
        return IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i)).toList();
    }
}
