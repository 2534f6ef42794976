package io.clientele.trash.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import io.clientele.KaribuTest;
import io.clientele.base.ui.RowActions;
import io.clientele.base.ui.TypedConfirmDialog;
import io.clientele.customer.CustomerStatus;
import io.clientele.security.Role;
import io.clientele.trash.TrashService.TrashRow;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Management → Trash as an admin sees it: the deleted customers, restore one, delete another for good. */
class TrashViewTest extends KaribuTest {
    @Test
    void restoreAndPermanentDeleteWorkFromTheRowMenuAndTheListShowsWhoDeleted() {
        long tenant = data.tenant();
        var admin = data.staff(tenant, Role.ADMIN);
        login(admin);
        long ola = data.customer(tenant, "Ola", "Nordmann", null, null, CustomerStatus.ACTIVE);
        long per = data.customer(tenant, "Per", "Hansen", null, null, CustomerStatus.ACTIVE);
        customers.softDeleteIndividuals(List.of(ola, per));

        UI.getCurrent().navigate("trash");
        TrashView view = _get(TrashView.class);
        assertThat(rows(view)).extracting(TrashRow::name).containsExactlyInAnyOrder("Ola Nordmann", "Per Hansen");
        assertThat(rows(view)).extracting(TrashRow::deletedBy).containsOnly(admin.getEmail());
        assertThat(view.actionsFor(rows(view).getFirst()))
                .extracting(RowActions.Action::caption)
                .containsExactly("Open", "Restore", "Delete permanently");

        run(view, "Ola Nordmann", "Restore");
        assertThat(customers.details(ola).orElseThrow().row().deleted()).isFalse();
        assertThat(rows(view)).extracting(TrashRow::name).containsExactly("Per Hansen");

        run(view, "Per Hansen", "Delete permanently");
        TypedConfirmDialog dialog = _get(TypedConfirmDialog.class);
        dialog.typedField().setValue("DELETE");
        dialog.confirmButton().click();
        assertThat(customers.details(per)).isEmpty();
        assertThat(rows(view)).isEmpty();
        assertThat(view.paged().getGrid().getEmptyStateText()).startsWith("The trash is empty.");
    }

    private static List<TrashRow> rows(TrashView view) {
        var grid = view.paged().getGrid();
        return IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i)).toList();
    }

    private static void run(TrashView view, String name, String caption) {
        TrashRow row = rows(view).stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElseThrow();
        view.actionsFor(row).stream()
                .filter(a -> a.caption().equals(caption))
                .findFirst()
                .orElseThrow()
                .run()
                .run();
    }
}
