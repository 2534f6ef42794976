package io.clientele.directory.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import io.clientele.KaribuTest;
import io.clientele.account.AccountTestData;
import io.clientele.account.CustomerAccountService;
import io.clientele.customer.CustomerStatus;
import io.clientele.customer.Gender;
import io.clientele.directory.CompanyRow;
import io.clientele.directory.ContactRow;
import io.clientele.directory.ContactService;
import io.clientele.directory.DirectoryFilter;
import io.clientele.directory.DirectoryTestData;
import io.clientele.directory.PersonRow;
import io.clientele.organization.OrganizationService;
import io.clientele.security.Role;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class UsersViewTest extends KaribuTest {
    @Autowired
    ContactService contacts;

    @Autowired
    OrganizationService organizations;

    @Autowired
    CustomerAccountService accounts;

    long tenant;
    long fjord;
    long ingrid;
    long ole;

    @BeforeEach
    void directoryInAFreshTenant() {
        tenant = data.tenant();
        login(data.staff(tenant, Role.ADMIN));
        fjord = new AccountTestData(organizations, accounts, users).organization("Fjord Bygg AS");
        DirectoryTestData people = new DirectoryTestData(contacts);
        ingrid = people.contact("Ingrid", "Hansen", "ingrid@fjord.no", Gender.FEMALE, fjord);
        ole = people.contact("Ole", "Olsen", "ole@fjord.no", Gender.MALE, fjord);
        people.contact("Per", "Uten", "per@gmail.com", null, null);
        data.customer(tenant, "Berit", "Privat", "berit@gmail.com", null, CustomerStatus.ACTIVE);
    }

    private UsersView open(String tab) {
        UI.getCurrent().navigate("users/" + tab);
        return _get(UsersView.class);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> rows(UsersView view) {
        var grid =
                (com.vaadin.flow.component.grid.Grid<T>) view.current().paged().getGrid();
        return IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i)).toList();
    }

    @Test
    void eachTabShowsItsColumnsAndTheTabIsInTheUrl() {
        UsersView view = open("companies");
        assertThat(view.current().paged().getGrid().getColumns())
                .extracting(c -> c.getKey())
                .containsExactly("name", "location", "sources", "contacts");
        assertThat(UsersViewTest.<CompanyRow>rows(view))
                .extracting(CompanyRow::name, CompanyRow::contacts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Fjord Bygg AS", 2L));

        view = open("contacts");
        assertThat(view.current().paged().getGrid().getColumns())
                .extracting(c -> c.getKey())
                .containsExactly("photo", "name", "email", "company", "phone");
        assertThat(UsersViewTest.<ContactRow>rows(view))
                .extracting(ContactRow::name)
                .containsExactly("Ingrid Hansen", "Ole Olsen", "Per Uten");

        login(data.staff(tenant, Role.BACKOFFICE));
        view = open("customers");
        assertThat(view.current().paged().getGrid().getColumns())
                .extracting(c -> c.getKey())
                .containsExactly("name", "groups", "email", "sources");
        assertThat(UsersViewTest.<PersonRow>rows(view))
                .extracting(PersonRow::name)
                .containsExactly("Berit Privat");
    }

    @Test
    void contactIdFilterExplainsBadInputAndKeepsTheLastGoodFilter() {
        UsersView view = open("contacts");
        ContactsTab tab = (ContactsTab) view.current();
        _get(Button.class, spec -> spec.withId("contacts-filters")).click();
        tab.filters.ids.setValue(ingrid + "\n" + ole);
        assertThat(UsersViewTest.<ContactRow>rows(view))
                .extracting(ContactRow::name)
                .containsExactly("Ingrid Hansen", "Ole Olsen");
        tab.filters.ids.setValue("12, abc");
        assertThat(tab.filters.ids.isInvalid()).isTrue();
        assertThat(tab.filters.ids.getErrorMessage())
                .isEqualTo("Not an ID: abc. Use whole numbers separated by commas or new lines.");
        assertThat(UsersViewTest.<ContactRow>rows(view)).hasSize(2);
        tab.filters.ids.setValue("");
        tab.filters.gender.setValue(java.util.Set.of(Gender.MALE));
        assertThat(UsersViewTest.<ContactRow>rows(view))
                .extracting(ContactRow::name)
                .containsExactly("Ole Olsen");
    }

    @Test
    void rolesGateTheTabsAndTheButtons() {
        login(data.staff(tenant, Role.VIEWER));
        UsersView view = open("contacts");
        assertThat(_find(Button.class, spec -> spec.withId("contacts-new"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("contacts-delete"))).isEmpty();
        assertThat(view.current().paged().getGrid().getSelectionModel())
                .isNotInstanceOf(com.vaadin.flow.component.grid.GridMultiSelectionModel.class);
        open("customers");
        assertThat(_get(Paragraph.class, spec -> spec.withId("b2c-denied")).getText())
                .isEqualTo("The Customers (B2C) tab needs the Backoffice role.");

        login(data.staff(tenant, Role.SUPPORT));
        open("customers");
        assertThat(_find(Paragraph.class, spec -> spec.withId("b2c-denied"))).hasSize(1);

        // ADMIN includes BACKOFFICE (docs/architecture.md's role order): the B2C tab and New.
        login(data.staff(tenant, Role.ADMIN));
        open("customers");
        assertThat(_find(Paragraph.class, spec -> spec.withId("b2c-denied"))).isEmpty();
        // Import customers… leads to Management → Import.
        _click(_get(Button.class, spec -> spec.withId("customers-import")));
        assertThat(_get(io.clientele.importing.ui.ImportView.class)).isNotNull();
        open("contacts");
        assertThat(_find(Button.class, spec -> spec.withId("contacts-new"))).hasSize(1);
        // Import contacts… and Import organizations… open it for their records.
        _click(_get(Button.class, spec -> spec.withId("contacts-import")));
        assertThat(importing()).isEqualTo(io.clientele.importing.ImportField.Records.CONTACTS);
        open("companies");
        _click(_get(Button.class, spec -> spec.withId("companies-import")));
        assertThat(importing()).isEqualTo(io.clientele.importing.ImportField.Records.ORGANIZATIONS);
    }

    @SuppressWarnings("unchecked")
    private static Object importing() {
        return _get(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, spec -> spec.withId("import-records"))
                .getValue();
    }

    @Test
    void deleteTwoSelectedContactsAfterConfirmation() {
        UsersView view = open("contacts");
        var grid = (com.vaadin.flow.component.grid.Grid<ContactRow>)
                (Object) view.current().paged().getGrid();
        Button delete = _get(Button.class, spec -> spec.withId("contacts-delete"));
        assertThat(delete.isEnabled()).isFalse();
        grid.select(_get(grid, 0));
        grid.select(_get(grid, 1));
        assertThat(delete.isEnabled()).isTrue();
        delete.click();
        assertThat(_get(com.vaadin.flow.component.dialog.Dialog.class).getHeaderTitle())
                .isEqualTo("Delete 2 contacts?");
        _get(Button.class, spec -> spec.withId("confirm-delete-users")).click();
        assertThat(UsersViewTest.<ContactRow>rows(view))
                .extracting(ContactRow::name)
                .containsExactly("Per Uten");
        // The notification's Undo brings exactly those two back from the Trash.
        _get(Button.class, spec -> spec.withId("undo")).click();
        assertThat(UsersViewTest.<ContactRow>rows(view)).hasSize(3);
    }

    @Test
    void deletingACompanyAsksWhatHappensToItsContactsAndUndoBringsThemBack() {
        UsersView view = open("companies");
        var grid = (com.vaadin.flow.component.grid.Grid<CompanyRow>)
                (Object) view.current().paged().getGrid();
        grid.select(_get(grid, 0));
        _get(Button.class, spec -> spec.withId("companies-delete")).click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> choice = _get(RadioButtonGroup.class, spec -> spec.withId("delete-contacts-choice"));
        assertThat(choice.getLabel()).isEqualTo("What should happen to their 2 contacts?");
        choice.setValue(true);
        _get(Button.class, spec -> spec.withId("confirm-delete-users")).click();
        assertThat(UsersViewTest.<CompanyRow>rows(view)).isEmpty();
        assertThat(contacts.countContacts(DirectoryFilter.empty())).isEqualTo(1);
        _get(Button.class, spec -> spec.withId("undo")).click();
        assertThat(UsersViewTest.<CompanyRow>rows(view)).hasSize(1);
        assertThat(contacts.countContacts(DirectoryFilter.empty())).isEqualTo(3);
    }

    @Test
    void newCompanyAndNewContactWithAPhotoCheckedByContent() throws Exception {
        UsersView view = open("companies");
        _get(Button.class, spec -> spec.withId("companies-new")).click();
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("Name"))
                .setValue("Havbris AS");
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("Organization number"))
                .setValue(AccountTestData.orgNumber());
        _get(Button.class, spec -> spec.withId("save-company")).click();
        assertThat(UsersViewTest.<CompanyRow>rows(view))
                .extracting(CompanyRow::name)
                .contains("Havbris AS");

        view = open("contacts");
        _get(Button.class, spec -> spec.withId("contacts-new")).click();
        ContactForm contact = _get(ContactForm.class);
        contact.accept("just text, not a picture".getBytes());
        assertThat(_get(Span.class, spec -> spec.withId("photo-error")).getText())
                .isEqualTo("Only JPEG, PNG or WebP pictures can be used");
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB), "png", png);
        contact.accept(png.toByteArray());
        assertThat(contact.photoError.isVisible()).isFalse();
        contact.firstName.setValue("Nora");
        contact.lastName.setValue("Nyansatt");
        _get(Button.class, spec -> spec.withId("save-contact")).click();
        ContactRow nora = UsersViewTest.<ContactRow>rows(view).stream()
                .filter(r -> r.name().equals("Nora Nyansatt"))
                .findFirst()
                .orElseThrow();
        assertThat(nora.hasPhoto()).isTrue();
    }

    @Test
    void searchFindsContactsByNameOrEmail() {
        UsersView view = open("contacts");
        _get(TextField.class, spec -> spec.withId("contacts-search")).setValue("gmail");
        assertThat(UsersViewTest.<ContactRow>rows(view))
                .extracting(ContactRow::name)
                .containsExactly("Per Uten");
    }
}
