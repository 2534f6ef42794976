package io.clientele.portal.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import io.clientele.KaribuTest;
import io.clientele.TestData;
import io.clientele.impersonation.SupportSession;
import io.clientele.impersonation.ui.OpenAppDialog;
import io.clientele.portal.AppUser;
import io.clientele.portal.AppUserDraft;
import io.clientele.portal.AppUserService;
import io.clientele.portal.PortalTestData;
import io.clientele.portal.SignupAttribution;
import io.clientele.portal.SignupService;
import io.clientele.security.Role;
import io.clientele.security.SystemAuthentication;
import io.clientele.subscription.CallRecord;
import io.clientele.subscription.Plan;
import io.clientele.subscription.SubscriptionService;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** White label → App users: the list, both modals, the details drawer's four tabs and the green icon's dialog. */
class AppUsersViewTest extends KaribuTest {
    @Autowired
    AppUserService appUsers;

    @Autowired
    SubscriptionService subscriptions;

    @Autowired
    SignupService signups;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void adminCreatesAUserWithThePasswordRulesShownThenEditsIt() {
        long tenant = data.tenant();
        login(data.staff(tenant, Role.ADMIN));
        UI.getCurrent().navigate("app-users");
        AppUsersView view = _get(AppUsersView.class);
        assertThat(_size(view.paged().getGrid())).isZero();

        _get(Button.class, spec -> spec.withId("create-app-user")).click();
        CreateAppUserDialog dialog = _get(CreateAppUserDialog.class);
        assertThat(dialog.fields.password.getHelperText()).contains("12 characters");
        String email = TestData.uniqueEmail("sara");
        dialog.fields.email.setValue(email);
        dialog.fields.password.setValue("short");
        assertThat(dialog.strengthText.getText()).startsWith("Too weak");
        _get(Button.class, spec -> spec.withId("save-app-user")).click();
        assertThat(dialog.fields.password.isInvalid()).isTrue();
        assertThat(dialog.fields.password.getErrorMessage()).isNotBlank();
        assertThat(appUsers.count("", false)).isZero();

        dialog.fields.password.setValue("Sunny-Clinic-Madrid-2026!");
        assertThat(dialog.strengthText.getText()).isEqualTo("Very strong");
        dialog.fields.fullName.setValue("Sara Ruiz");
        dialog.fields.company.setValue("Northwind Clinic");
        _get(Button.class, spec -> spec.withId("save-app-user")).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(_size(view.paged().getGrid())).isEqualTo(1);
        assertThat(view.panel().isOpen()).as("the new user's details open").isTrue();
        assertThat(users.findByEmail(email))
                .get()
                .satisfies(u -> assertThat(u.getPortalRole()).isEqualTo(Role.CUSTOMER));

        // The same address again: a field message, nothing stored.
        _get(Button.class, spec -> spec.withId("create-app-user")).click();
        CreateAppUserDialog again = _find(CreateAppUserDialog.class).getLast();
        again.fields.email.setValue(email);
        again.fields.password.setValue("Sunny-Clinic-Madrid-2026!");
        _get(again, Button.class, spec -> spec.withId("save-app-user")).click();
        assertThat(again.fields.email.getErrorMessage()).isEqualTo("This e-mail address already has a login");
        again.close();

        Div icons = (Div) _getCellComponent(view.paged().getGrid(), 0, "actions");
        _get(icons, Button.class, spec -> spec.withClasses("row-icon-edit")).click();
        EditAppUserDialog edit = _get(EditAppUserDialog.class);
        assertThat(edit.fullName.getValue()).isEqualTo("Sara Ruiz");
        edit.fullName.setValue("Sara Ruiz Ortega");
        edit.company.setValue("Northwind Clinic (Madrid)");
        _get(Button.class, spec -> spec.withId("save-app-user-edit")).click();
        AppUser row =
                com.github.mvysny.kaributesting.v10.GridKt._get(view.paged().getGrid(), 0);
        assertThat(row.name()).isEqualTo("Sara Ruiz Ortega");
        assertThat(row.company()).isEqualTo("Northwind Clinic (Madrid)");
        assertThat(users.findByEmail(email).orElseThrow().getLastName()).isEqualTo("Ortega");

        UI.getCurrent().navigate("app-users", QueryParameters.of("q", "nobody-matches-this"));
        assertThat(_size(_get(AppUsersView.class).paged().getGrid())).isZero();
    }

    @Test
    void theDrawerShowsInfoSubscriptionsWithBillingActionsBilledCallsAndUtm() {
        long tenant = data.tenant();
        String email = TestData.uniqueEmail("calls");
        long customer = PortalTestData.appUser(appUsers, tenant, email, "Olav Calls");
        io.clientele.portal.PortalTestData.plan(jdbc, tenant, "Business", 500, 39900);
        SystemAuthentication.run(
                tenant,
                () -> subscriptions.recordCalls(List.of(
                        new CallRecord(customer, Instant.now().minusSeconds(60), "+47 91234567", 7),
                        new CallRecord(customer, Instant.now().minusSeconds(120), "+47 91234567", 61))));
        login(data.staff(tenant, Role.ADMIN));
        UI.getCurrent().navigate("app-users", QueryParameters.of("user", String.valueOf(customer)));
        AppUsersView view = _get(AppUsersView.class);
        assertThat(view.panel().isOpen()).isTrue();
        assertThat(_get(Div.class, spec -> spec.withId("info-tab")).getElement().getTextRecursively())
                .contains("Failed logins in a row");

        select("tab-subscriptions");
        assertThat(_get(Paragraph.class, spec -> spec.withText("No active subscription.")))
                .isNotNull();
        @SuppressWarnings("unchecked")
        ComboBox<Plan> plan = _get(ComboBox.class, spec -> spec.withId("plan-choice"));
        plan.setValue(plan.getListDataView().getItems().findFirst().orElseThrow());
        _get(Button.class, spec -> spec.withId("change-plan")).click();
        assertThat(_get(Span.class, spec -> spec.withId("usage-numbers")).getText())
                .as("the calls were made before the period began")
                .isEqualTo("500 minutes available · 0 min used · 500 min remaining");
        jdbc.update(
                "UPDATE subscription SET period_start = ? WHERE customer_id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(3600)),
                customer);
        _get(IntegerField.class, spec -> spec.withId("add-minutes-amount")).setValue(30);
        _get(Button.class, spec -> spec.withId("add-minutes")).click();
        // 7 s bills as 1 min, 61 s as 2: the same rule as the calls tab.
        assertThat(_get(Span.class, spec -> spec.withId("usage-numbers")).getText())
                .isEqualTo("530 minutes available · 3 min used · 527 min remaining");
        @SuppressWarnings("unchecked")
        Grid<io.clientele.subscription.BillingEvent> history = _get(Grid.class, spec -> spec.withId("billing-history"));
        assertThat(_size(history)).isEqualTo(2);
        assertThat(_getFormattedRow(history, 0).get(1)).isEqualTo("Minutes added");
        // A change made in a support session names both people, in the reader's words.
        jdbc.update(
                "UPDATE billing_event SET actor = 'agent@test.example', on_behalf_of = ? WHERE customer_id = ? "
                        + "AND kind = 'MINUTES_ADDED'",
                email,
                customer);
        history.getDataProvider().refreshAll();
        assertThat(_getFormattedRow(history, 0).get(4))
                .isEqualTo("agent@test.example (support session, as " + email + ")");

        select("tab-billing");
        @SuppressWarnings("unchecked")
        Grid<SubscriptionService.BilledCall> calls = _get(Grid.class, spec -> spec.withId("call-grid"));
        assertThat(_size(calls)).isEqualTo(2);
        assertThat(_getFormattedRow(calls, 0).get(4)).isEqualTo("7 s billed as 1 min: minimum billable time");
        assertThat(_getFormattedRow(calls, 1).get(4))
                .isEqualTo("61 s billed as 2 min: rounded up to a whole increment");
        assertThat(_get(Paragraph.class, spec -> spec.withId("billing-rule")).getText())
                .contains("increments of 60 s");
        select("tab-utm");
        assertThat(_get(Div.class, spec -> spec.withId("utm-tab")).getElement().getTextRecursively())
                .contains("did not sign up through the portal");

        AppUserDraft d = new AppUserDraft();
        String signedUp = TestData.uniqueEmail("signup");
        d.setEmail(signedUp);
        d.setPassword(TestData.PASSWORD);
        d.setFullName("Ada Campaign");
        long viaSignup = signups.signUp(
                        tenant,
                        d,
                        new SignupAttribution.Attribution(
                                "google",
                                "cpc",
                                "spring-launch",
                                "call tracking",
                                "ad-a",
                                "https://www.google.com/",
                                "/portal/signup/" + tenant + "?utm_source=google"))
                .orElseThrow();
        UI.getCurrent().navigate("app-users", QueryParameters.of("user", String.valueOf(viaSignup)));
        select("tab-utm");
        String utm =
                _get(Div.class, spec -> spec.withId("utm-tab")).getElement().getTextRecursively();
        assertThat(utm)
                .contains("google")
                .contains("cpc")
                .contains("spring-launch")
                .contains("call tracking")
                .contains("https://www.google.com/")
                .contains("/portal/signup/");
    }

    private static void select(String tabId) {
        _get(TabSheet.class, spec -> spec.withId("app-user-tabs"))
                .setSelectedTab(_get(Tab.class, spec -> spec.withId(tabId)));
    }

    @Test
    void supportOpensTheCustomersAppReadOnlyWithAReasonAndCannotCreateOrEdit() {
        long tenant = data.tenant();
        long customer = PortalTestData.appUser(appUsers, tenant, TestData.uniqueEmail("help"), "Help Me");
        login(data.staff(tenant, Role.SUPPORT));
        UI.getCurrent().navigate("app-users");
        AppUsersView view = _get(AppUsersView.class);
        _assertNone(Button.class, spec -> spec.withId("create-app-user"));
        Div icons = (Div) _getCellComponent(view.paged().getGrid(), 0, "actions");
        assertThat(_find(icons, Button.class))
                .extracting(b -> b.getElement().getAttribute("aria-label"))
                .containsExactly("Details", "Reset password", "Open customer's app");

        _get(icons, Button.class, spec -> spec.withClasses("row-icon-open-app")).click();
        _get(OpenAppDialog.class);
        assertThat(_get(IntegerField.class, spec -> spec.withId("support-minutes"))
                        .getValue())
                .isEqualTo(15);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<SupportSession.Mode> mode = _get(RadioButtonGroup.class, spec -> spec.withId("support-mode"));
        assertThat(mode.getValue()).isEqualTo(SupportSession.Mode.READ_ONLY);
        assertThat(mode.getItemEnabledProvider().test(SupportSession.Mode.FULL_ACCESS))
                .isFalse();
        Button open = _get(Button.class, spec -> spec.withId("support-open"));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("support-reason"));
        open.click();
        assertThat(reason.getErrorMessage()).isEqualTo("Say why you open this customer's app");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM support_session WHERE customer_id = ?", Long.class, customer))
                .isZero();
        reason.setValue("Cannot find the subscriptions page");
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("support-ticket"))
                .setValue("SUP-2211");
        open.click();
        assertThat(_get(Paragraph.class, spec -> spec.withId("support-opened")).getText())
                .contains("new tab");
        assertThat(jdbc.queryForMap(
                        "SELECT mode, minutes, ticket FROM support_session WHERE customer_id = ?", customer))
                .containsEntry("MODE", "READ_ONLY")
                .containsEntry("MINUTES", 15)
                .containsEntry("TICKET", "SUP-2211");
    }
}
