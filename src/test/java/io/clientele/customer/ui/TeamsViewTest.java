package io.clientele.customer.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import io.clientele.KaribuTest;
import io.clientele.customer.Team;
import io.clientele.security.Role;
import org.junit.jupiter.api.Test;

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

        // A row click renames; the list shows the new name at once.
        GridKt._clickItem(grid, 0, grid.getColumnByKey("name"));
        _get(TextField.class, spec -> spec.withId("team-name")).setValue("Oslo sentrum");
        _get(Button.class, spec -> spec.withId("save-team")).click();
        assertThat(_get(grid, 0).getName()).isEqualTo("Oslo sentrum");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSearchIsInTheUrlAndTheEmptyStateSaysFiltersHideTeams() {
        long tenant = data.tenant();
        login(data.staff(tenant, Role.OWNER));
        UI.getCurrent().navigate("settings/teams");
        for (String name : new String[] {"Oslo", "Bergen", "Oslo vest"}) {
            _get(Button.class, spec -> spec.withId("add-team")).click();
            _get(TextField.class, spec -> spec.withId("team-name")).setValue(name);
            _get(Button.class, spec -> spec.withId("save-team")).click();
        }
        UI.getCurrent().navigate("settings/teams", QueryParameters.of("q", "oslo"));
        Grid<Team> grid = _get(Grid.class, spec -> spec.withId("team-grid"));
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(_get(TextField.class, spec -> spec.withId("team-search")).getValue())
                .isEqualTo("oslo");
        assertThat(_get(Span.class, spec -> spec.withId("showing")).getText()).isEqualTo("Showing 1–2 of 2 results");

        _get(TextField.class, spec -> spec.withId("team-search")).setValue("Tromsø");
        assertThat(_size(grid)).isZero();
        assertThat(grid.getEmptyStateText()).isEqualTo(grid.getTranslation("list.no-results-filtered"));
        assertThat(_get(Span.class, spec -> spec.withClasses("filter-chip"))
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("Search: Tromsø");
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
