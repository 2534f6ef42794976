package io.clientele.customer.ui;

import static com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithID;
import static com.github.mvysny.kaributesting.v10.ContextMenuKt.setOpened;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import io.clientele.KaribuTest;
import io.clientele.base.ui.MenuButton;
import io.clientele.customer.CustomerStatus;
import io.clientele.security.Role;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The list pattern's Views menu on the Customers list: save the filtered list as my default, then open it bare. */
class SavedViewsMenuTest extends KaribuTest {
    @Test
    void aSavedDefaultViewOpensWhenTheListIsOpenedWithoutAQuery() {
        long tenant = data.tenant();
        data.customer(tenant, "Ingrid", "Blokkert", null, null, CustomerStatus.BLOCKED);
        data.customer(tenant, "Ola", "Aktiv", null, null, CustomerStatus.ACTIVE);
        login(data.staff(tenant, Role.ADMIN));

        UI.getCurrent().navigate("customers", QueryParameters.of("status", "BLOCKED"));
        ContextMenu menu = MenuButton.of(_get(Button.class, spec -> spec.withId("saved-views")));
        assertThat(menu.getItems()).as("made when the menu opens").isEmpty();
        setOpened(menu, true);
        _clickItemWithID(menu, "save-view");
        _get(TextField.class, spec -> spec.withId("view-name")).setValue("Blocked");
        _get(Checkbox.class, spec -> spec.withId("view-default")).setValue(true);
        _get(Button.class, spec -> spec.withId("confirm-save-view")).click();
        setOpened(menu, false);
        setOpened(menu, true);
        assertThat(menu.getItems())
                .extracting(MenuItem::getText)
                .as("the next opening lists the new default view")
                .contains("Blocked ★", "Save current view…");

        UI.getCurrent().navigate("customers");
        CustomerListView view = _get(CustomerListView.class);
        var grid = view.paged().getGrid();
        assertThat(IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i).displayName()))
                .containsExactly("Ingrid Blokkert");
        assertThat(_get(
                                com.vaadin.flow.component.orderedlayout.HorizontalLayout.class,
                                spec -> spec.withId("filter-chips"))
                        .getElement()
                        .getTextRecursively())
                .contains("Status: Blocked");
    }
}
