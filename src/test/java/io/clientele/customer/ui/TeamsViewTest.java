package io.clientele.customer.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import io.clientele.KaribuTest;
import io.clientele.customer.Team;
import io.clientele.security.Role;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class TeamsViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void ownerCreatesTeamsAndDuplicateNamesAreRefused() {
        long tenant = data.tenant();
        login(data.staff(tenant, Role.OWNER));
        UI.getCurrent().navigate("settings/teams");
        Grid<Team> grid = _get(Grid.class, spec -> spec.withId("team-grid"));
        assertThat(_size(grid)).isZero();

        _get(Button.class, spec -> spec.withId("add-team")).click();
        _get(TextField.class, spec -> spec.withId("team-name")).setValue("Oslo");
        _get(Button.class, spec -> spec.withId("save-team")).click();
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_get(grid, 0).getName()).isEqualTo("Oslo");

        _get(Button.class, spec -> spec.withId("add-team")).click();
        TextField name = _get(TextField.class, spec -> spec.withId("team-name"));
        name.setValue("  oslo ");
        _get(Button.class, spec -> spec.withId("save-team")).click();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("A team with this name already exists");
        assertThat(_size(grid)).isEqualTo(1);
    }

    @Test
    void viewerSeesTeamsButCannotChangeThem() {
        long tenant = data.tenant();
        login(data.staff(tenant, Role.VIEWER));
        UI.getCurrent().navigate("settings/teams");
        _get(TeamsView.class);
        _assertNone(Button.class, spec -> spec.withId("add-team"));
    }
}
