package io.clientele.tenant.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import io.clientele.KaribuTest;
import io.clientele.Mails;
import io.clientele.TestData;
import io.clientele.base.ui.TypedConfirmDialog;
import io.clientele.security.Role;
import io.clientele.tenant.TenantLifecycle.TenantRow;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The platform operator lands on Tenants, creates one with its owner, suspends it and may not delete it yet. */
class TenantsViewTest extends KaribuTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Test
    void createSuspendAndTryToDeleteATenant() {
        login(data.staff(data.tenant(), Role.SYSTEM_ADMIN));
        UI.getCurrent().navigate("");
        TenantsView view = _get(TenantsView.class);

        String name = "Clinic " + UUID.randomUUID().toString().substring(0, 8);
        view.paged().getGrid();
        _get(Button.class, spec -> spec.withId("add-tenant")).click();
        TenantsView.TenantForm form = _get(TenantsView.TenantForm.class);
        form.name.setValue(name);
        form.brandColor.setValue("green");
        form.ownerEmail.setValue("owner");
        _get(Button.class, spec -> spec.withId("save-tenant")).click();
        assertThat(form.brandColor.getErrorMessage()).isEqualTo("Use a hex colour such as #0f766e");
        assertThat(form.ownerEmail.isInvalid()).isTrue();

        String owner = TestData.uniqueEmail("clinic-owner");
        form.brandColor.setValue("#0f766e");
        form.ownerEmail.setValue(owner);
        _get(Button.class, spec -> spec.withId("save-tenant")).click();
        assertThat(Mails.to(mail, owner, 1)).hasSize(1);
        _get(TextField.class, spec -> spec.withId("tenant-search")).setValue(name);
        TenantRow row = GridKt._get(view.paged().getGrid(), 0);
        assertThat(row.name()).isEqualTo(name);
        assertThat(row.staff()).isEqualTo(1);

        view.actionsFor(row).stream()
                .filter(a -> a.key().equals("suspend"))
                .findFirst()
                .orElseThrow()
                .run()
                .run();
        _fireConfirm(_get(ConfirmDialog.class));
        row = GridKt._get(view.paged().getGrid(), 0);
        assertThat(row.suspended()).isTrue();

        view.actionsFor(row).stream()
                .filter(a -> a.key().equals("delete"))
                .findFirst()
                .orElseThrow()
                .run()
                .run();
        TypedConfirmDialog dialog = _get(TypedConfirmDialog.class);
        _get(dialog, TextField.class, spec -> spec.withId("confirm-word")).setValue("DELETE");
        _get(dialog, Button.class, spec -> spec.withId("confirm-delete")).click();
        assertThat(_get(dialog, Paragraph.class, spec -> spec.withClasses("confirm-refusal"))
                        .getText())
                .startsWith(name + " can be deleted from ");
        assertThat(GridKt._size(view.paged().getGrid())).as("still there").isEqualTo(1);
    }
}
