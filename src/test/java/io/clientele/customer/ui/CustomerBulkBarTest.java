package io.clientele.customer.ui;

import static com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithID;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.router.QueryParameters;
import io.clientele.KaribuTest;
import io.clientele.customer.ConsentAnswer;
import io.clientele.customer.ConsentField;
import io.clientele.customer.ConsentService;
import io.clientele.customer.CustomerFilter;
import io.clientele.customer.CustomerGroup;
import io.clientele.customer.CustomerRow;
import io.clientele.customer.CustomerStatus;
import io.clientele.customer.GroupService;
import io.clientele.security.Role;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every action of the Customers list's bulk bar, from the click to what the user sees when the job is done. */
class CustomerBulkBarTest extends KaribuTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    long tenant;
    long ingrid;
    long ole;
    long kari;
    long per;

    @BeforeEach
    void customersInAFreshTenant() {
        tenant = data.tenant();
        ingrid = data.customer(tenant, "Ingrid", "Hansen", "ingrid@example.no", null, CustomerStatus.ACTIVE);
        ole = data.customer(tenant, "Ole", "Nordmann", "ole@example.no", null, CustomerStatus.PENDING);
        kari = data.customer(tenant, "Kari", "Berg", "kari@example.no", null, CustomerStatus.BLOCKED);
        per = data.customer(tenant, "Per", "Uten-Epost", null, null, CustomerStatus.ACTIVE);
    }

    private CustomerListView open(Role role, Map<String, String> query) {
        login(data.staff(tenant, role));
        UI.getCurrent().navigate("customers", QueryParameters.simple(query));
        return _get(CustomerListView.class);
    }

    private static void tick(CustomerListView view, long... ids) {
        var grid = view.paged().getGrid();
        for (int i = 0; i < _size(grid); i++) {
            CustomerRow row = _get(grid, i);
            if (java.util.Arrays.stream(ids).anyMatch(id -> id == row.id())) {
                grid.select(row);
            }
        }
    }

    private static void click(String id) {
        _get(Button.class, spec -> spec.withId(id)).click();
    }

    private CustomerStatus status(long id) {
        return customers.details(id).orElseThrow().row().status();
    }

    @Test
    void unblockRestoresAndDeleteOffersAnUndoThatBringsExactlyThoseBack() {
        CustomerListView view = open(Role.ADMIN, Map.of());
        tick(view, kari);
        click("bulk-unblock");
        untilPushed(() -> notified("1 customer unblocked"));
        assertThat(status(kari)).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(view.bulkBar().isVisible()).isFalse();

        tick(view, ingrid, ole);
        assertThat(_get(Span.class, spec -> spec.withId("selection-count")).getText())
                .isEqualTo("2 selected");
        click("bulk-delete");
        _fireConfirm(_get(ConfirmDialog.class));
        untilPushed(() -> notified("2 customers deleted"));
        assertThat(_size(view.paged().getGrid())).isEqualTo(2);
        click("undo");
        assertThat(_size(view.paged().getGrid())).isEqualTo(4);
        assertThat(customers.details(ingrid).orElseThrow().row().deleted()).isFalse();
        assertThat(notified("2 customers restored")).isTrue();
    }

    @Test
    void assignGroupsGoesToEveryCustomerMatchingTheFilterAcrossPages() {
        CustomerListView view = open(Role.ADMIN, Map.of("status", "ACTIVE"));
        CustomerGroup vip = ctx.getBean(GroupService.class).create("VIP");
        view.paged().refresh();
        tick(view, ingrid);
        click("select-all-matching");
        assertThat(_get(Span.class, spec -> spec.withId("selection-count")).getText())
                .isEqualTo("All 2 matching customers selected");
        click("bulk-groups");
        AssignGroupsDialog dialog = _get(AssignGroupsDialog.class);
        click("confirm-assign-groups");
        assertThat(dialog.isOpened())
                .as("no group chosen: the dialog says so and stays")
                .isTrue();
        assertThat(dialog.groups.isInvalid()).isTrue();
        dialog.groups.setValue(Set.of(vip));
        click("confirm-assign-groups");
        untilPushed(() -> notified("2 customers added to the groups"));
        assertThat(customers.count(CustomerFilter.empty().withGroups(Set.of(vip.getId()))))
                .isEqualTo(2);
        assertThat(ctx.getBean(GroupService.class).groupsOf(ole)).isEmpty();
        assertThat(_get(view.paged().getGrid(), 0).groups()).containsExactly("VIP");
    }

    @Test
    void sendMessageFillsPlaceholdersPreviewsAndSkipsCustomersWithoutEmail() throws Exception {
        CustomerListView view = open(Role.SUPPORT, Map.of("status", "ACTIVE"));
        tick(view, ingrid, per);
        click("bulk-message");
        SendMessageDialog dialog = _get(SendMessageDialog.class);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("message-skipped-note"))
                        .getText())
                .isEqualTo("One of them has no e-mail address and will be skipped.");
        dialog.subject.setValue("Hei {firstName}");
        dialog.body.setValue("Your number is {customerNumber} and {nonsense}");
        click("message-send");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.body.isInvalid()).isTrue();
        assertThat(dialog.body.getErrorMessage()).startsWith("{nonsense} is not a placeholder");

        dialog.body.setValue("Dear {name}, see you soon.");
        click("message-show-preview");
        assertThat(dialog.preview.getElement().getTextRecursively())
                .contains("Hei Ingrid", "Dear Ingrid Hansen, see you soon.");
        click("message-send");
        untilPushed(() -> notified("Sent to 1 of 2 customers"));
        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Hei Ingrid");
        assertThat(GreenMailUtil.getBody(received[0])).contains("Dear Ingrid Hansen");
    }

    @Test
    void downloadOffersTheFileNamedAfterTheTenantAndDayWhenTheExportIsDone() {
        CustomerListView view = open(Role.ADMIN, Map.of());
        tick(view, ingrid);
        click("select-all-matching");
        _clickItemWithID(_get(MenuBar.class, spec -> spec.withId("bulk-download")), "bulk-item-csv");
        untilPushed(
                () -> !_find(Anchor.class, spec -> spec.withId("export-file")).isEmpty());
        Anchor file = _get(Anchor.class, spec -> spec.withId("export-file"));
        assertThat(file.getText()).matches("[a-z0-9-]+-customers-\\d{4}-\\d{2}-\\d{2}\\.csv");
        assertThat(notified(file.getText() + " is downloading")).isTrue();

        _clickItemWithID(_get(MenuBar.class, spec -> spec.withId("bulk-download")), "bulk-item-xlsx");
        untilPushed(() -> _find(Anchor.class, spec -> spec.withId("export-file"))
                .getFirst()
                .getText()
                .endsWith(".xlsx"));
        assertThat(_find(Anchor.class, spec -> spec.withId("export-file")))
                .as("the earlier link is replaced")
                .hasSize(1);
    }

    @Test
    void consentFieldsAreColumnsAndFiltersKeptInTheUrl() {
        login(data.staff(tenant, Role.ADMIN));
        ConsentService consents = ctx.getBean(ConsentService.class);
        ConsentField marketing = consents.create("Marketing e-mails");
        consents.record(ingrid, marketing.getId(), true, Instant.now(), "Web form");
        consents.record(ole, marketing.getId(), false, Instant.now(), "Phone");
        String key = ConsentField.COLUMN_PREFIX + marketing.getId();

        CustomerListView view = open(Role.ADMIN, Map.of(key, "yes"));
        var grid = view.paged().getGrid();
        assertThat(grid.getColumnByKey(key)
                        .getHeaderComponent()
                        .getElement()
                        .getChild(0)
                        .getText())
                .as("the field's name titles its column, above its filter")
                .isEqualTo("Marketing e-mails");
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_get(grid, 0).displayName()).isEqualTo("Ingrid Hansen");
        assertThat(_get(
                                com.vaadin.flow.component.orderedlayout.HorizontalLayout.class,
                                spec -> spec.withId("filter-chips"))
                        .getElement()
                        .getTextRecursively())
                .contains("Marketing e-mails: Yes");

        @SuppressWarnings("unchecked")
        var filter = (com.vaadin.flow.component.select.Select<ConsentAnswer>)
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("filter-" + key));
        filter.setValue(ConsentAnswer.UNRECORDED);
        assertThat(view.toParameters().getQueryString()).isEqualTo(key + "=unrecorded");
        assertThat(List.of(_get(grid, 0).displayName(), _get(grid, 1).displayName()))
                .containsExactlyInAnyOrder("Kari Berg", "Per Uten-Epost");
    }
}
