package io.clientele.savedview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.DatabaseTest;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.FieldValidationException;
import io.clientele.security.Role;
import io.clientele.security.UserAccount;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Private and shared views of a list, who may share and delete them, and each user's default. */
class SavedViewServiceTest extends DatabaseTest {
    private static final String LIST = "customers";

    @Autowired
    SavedViewService views;

    @Test
    void aViewIsPrivateUntilAnAdminSharesItAndOnlyItsOwnerOrAnAdminDeletesIt() {
        long tenant = data.tenant();
        UserAccount anna = data.staff(tenant, Role.ADMIN);
        UserAccount bo = data.staff(tenant, Role.ADMIN);
        UserAccount vera = data.staff(tenant, Role.VIEWER);

        data.loginAs(anna);
        SavedView mine = views.save(LIST, "Blocked in Oslo", "status=BLOCKED&q=oslo", false);
        SavedView team = views.save(LIST, "Team view", "sort=createdAt,desc", true);
        views.save(LIST, "Blocked in Oslo", "status=BLOCKED", false);
        assertThat(views.views(LIST))
                .extracting(SavedView::getName, SavedView::getQuery)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Blocked in Oslo", "status=BLOCKED"),
                        org.assertj.core.groups.Tuple.tuple("Team view", "sort=createdAt,desc"));
        assertThat(views.views("organizations")).as("views belong to one list").isEmpty();

        data.loginAs(vera);
        assertThat(views.views(LIST)).extracting(SavedView::getName).containsExactly("Team view");
        assertThatThrownBy(() -> views.save(LIST, "Mine to share", "", true))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessage("view.share-needs-admin");
        assertThatThrownBy(() -> views.save(LIST, "  ", "", false)).isInstanceOf(FieldValidationException.class);
        assertThatThrownBy(() -> views.save(LIST, "Bad\u0000name", "", false))
                .isInstanceOf(FieldValidationException.class);
        assertThatThrownBy(() -> views.delete(team.getId())).isInstanceOf(ActionRefusedException.class);
        assertThatThrownBy(() -> views.delete(mine.getId()))
                .as("another's private view is not there")
                .isInstanceOf(NoSuchElementException.class);

        views.setDefault(LIST, team.getId());
        assertThat(views.defaultView(LIST)).map(SavedView::getName).hasValue("Team view");
        assertThat(views.defaultView("organizations")).isEmpty();

        data.loginAs(bo);
        views.delete(team.getId());
        data.loginAs(vera);
        assertThat(views.defaultView(LIST))
                .as("a deleted default is no default")
                .isEmpty();

        data.loginAs(data.staff(data.tenant(), Role.ADMIN));
        assertThat(views.views(LIST)).as("another tenant").isEmpty();
    }
}
