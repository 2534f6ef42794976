package io.clientele.browser;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import java.time.Year;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Users → Users (product page 2) in a real browser against the packaged jar. */
class UsersBrowserIT extends BrowserTestBase {
    private static final Pattern CONTACT_URL = Pattern.compile(".*/users/contacts/(\\d+)$");

    private String contactIdOfRow(int row) {
        page.locator("#contacts-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("@"))).nth(row).click();
        assertThat(page).hasURL(CONTACT_URL);
        Matcher m = CONTACT_URL.matcher(page.url());
        m.matches();
        waitForServer();
        page.goBack();
        assertThat(page.locator("#contacts-grid")).isVisible();
        return m.group(1);
    }

    @Test
    void tabsIdFilterNewCompanyWithAddressAndPriceSheetAndDeletingTwoContacts() {
        login("admin@nordlys.demo", PASSWORD);
        page.navigate(base + "/users");
        assertThat(page.locator("#companies-grid")).isVisible();
        page.locator("#tab-contacts").click();
        assertThat(page).hasURL(Pattern.compile(".*/users/contacts$"));
        page.locator("#tab-customers").click();
        assertThat(page.locator("#b2c-denied")).hasText("The Customers (B2C) tab needs the Backoffice role.");
        page.locator("#tab-contacts").click();
        assertThat(page.locator("#showing")).containsText("Showing 1–20 of");

        String first = contactIdOfRow(0);
        String second = contactIdOfRow(1);
        page.locator("#contacts-filters").click();
        Locator ids = page.locator("#filter-ids textarea");
        ids.fill("12, abc");
        assertThat(page.locator("#filter-ids")).containsText("Not an ID: abc");
        ids.fill(first + "\n" + second);
        assertThat(page.locator("#showing")).hasText("Showing 1–2 of 2 results");

        Locator checkboxes = page.locator("#contacts-grid vaadin-checkbox");
        checkboxes.nth(1).click();
        checkboxes.nth(2).click();
        page.locator("#contacts-delete").click();
        assertThat(page.getByText("Delete 2 contacts?")).isVisible();
        page.locator("#confirm-delete-users").click();
        assertThat(page.locator("#showing")).hasText("Showing 0–0 of 0 results");

        page.locator("#tab-companies").click();
        page.locator("#companies-new").click();
        Locator form = page.locator("#organization-form");
        form.getByLabel("Name").first().fill("Nordavind Testbedrift AS");
        form.getByLabel("Organization number").fill("312345676");
        page.locator("#save-company").click();
        page.locator("#companies-search input").fill("Nordavind");
        assertThat(page.locator("#showing")).hasText("Showing 1–1 of 1 results");
        page.locator("#companies-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Nordavind Testbedrift AS")).click();
        assertThat(page).hasURL(Pattern.compile(".*/users/companies/\\d+$"));

        page.locator("#tab-addresses").click();
        assertThat(page).hasURL(Pattern.compile(".*/users/companies/\\d+\\?tab=addresses$"));
        page.locator("#add-address").click();
        Locator address = page.locator("#address-form");
        address.getByLabel("Address", new Locator.GetByLabelOptions().setExact(true)).fill("Storgata 7");
        address.getByLabel("Post code").fill("9008");
        address.getByLabel("City").fill("Tromsø");
        page.locator("#save-address").click();
        assertThat(page.locator("#address-grid")).containsText("9008 Tromsø");
        assertThat(page.locator("#address-grid")).containsText("Default");

        page.locator("#tab-price-sheets").click();
        page.locator("#assign-price-sheet input").fill("Standard " + Year.now().getValue());
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions()
                .setHasText("Standard " + Year.now().getValue())).first().click();
        page.locator("#assign-price-sheet-button").click();
        assertThat(page.locator("#price-sheet-grid")).containsText("In effect today");
        assertThat(page.locator("#effective-items")).containsText("CONSULT-60");
    }
}
