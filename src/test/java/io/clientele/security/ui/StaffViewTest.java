package io.clientele.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import io.clientele.KaribuTest;
import io.clientele.Mails;
import io.clientele.TestData;
import io.clientele.base.ui.RowActions;
import io.clientele.security.Role;
import io.clientele.security.StaffService.StaffRow;
import io.clientele.security.StaffService.State;
import io.clientele.security.UserAccount;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An OWNER invites, is told what is wrong first, and deactivates; an ADMIN only chooses who is bookable. */
class StaffViewTest extends KaribuTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static RowActions.Action action(StaffView view, StaffRow row, String key) {
        return view.actionsFor(row).stream()
                .filter(a -> a.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private static StaffRow row(StaffView view, String email) {
        return GridKt._findAll(view.paged().getGrid()).stream()
                .filter(r -> r.email().equals(email))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anOwnerInvitesAndDeactivates() {
        long tenant = data.tenant();
        login(data.staff(tenant, Role.OWNER));
        UserAccount support = data.staff(tenant, Role.SUPPORT);
        UI.getCurrent().navigate("settings/staff");
        StaffView view = _get(StaffView.class);
        assertThat(GridKt._size(view.paged().getGrid())).isEqualTo(2);

        _get(Button.class, spec -> spec.withId("invite-staff")).click();
        StaffView.InvitationForm form = _get(StaffView.InvitationForm.class);
        assertThat(form.role.getListDataView().getItems())
                .doesNotContain(Role.SYSTEM_ADMIN)
                .contains(Role.OWNER);
        form.email.setValue(support.getEmail());
        _get(Button.class, spec -> spec.withId("send-invitation")).click();
        assertThat(form.email.getErrorMessage()).isEqualTo("This address already has a login");
        assertThat(GridKt._size(view.paged().getGrid())).as("nothing saved").isEqualTo(2);

        String email = TestData.uniqueEmail("new-colleague");
        form.email.setValue(email);
        form.role.setValue(Role.BACKOFFICE);
        _get(Button.class, spec -> spec.withId("send-invitation")).click();
        assertThat(Mails.to(mail, email, 1)).hasSize(1);
        StaffRow invited = row(view, email);
        assertThat(invited.state(clock.instant())).isEqualTo(State.INVITED);
        assertThat(invited.role()).isEqualTo(Role.BACKOFFICE);
        assertThat(view.actionsFor(invited))
                .extracting(RowActions.Action::key)
                .containsExactly("change-role", "resend", "revoke", "not-bookable");

        action(view, row(view, support.getEmail()), "deactivate").run().run();
        _fireConfirm(_get(ConfirmDialog.class));
        StaffRow deactivated = row(view, support.getEmail());
        assertThat(deactivated.state(clock.instant())).isEqualTo(State.DEACTIVATED);
        assertThat(view.actionsFor(deactivated))
                .extracting(RowActions.Action::key)
                .contains("reactivate");
    }

    @Test
    void anAdminSeesTheStaffAndOnlyChoosesWhoIsBookable() {
        long tenant = data.tenant();
        UserAccount viewer = data.staff(tenant, Role.VIEWER);
        login(data.staff(tenant, Role.ADMIN));
        UI.getCurrent().navigate("settings/staff");
        StaffView view = _get(StaffView.class);
        assertThat(_find(Button.class, spec -> spec.withId("invite-staff"))).isEmpty();
        List<String> keys = view.actionsFor(row(view, viewer.getEmail())).stream()
                .map(RowActions.Action::key)
                .toList();
        assertThat(keys).containsExactly("not-bookable");

        action(view, row(view, viewer.getEmail()), "not-bookable").run().run();
        assertThat(row(view, viewer.getEmail()).bookable()).isFalse();
    }
}
