package io.clientele.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Year;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Users → Users (product page 2) in a real browser against the packaged jar. */
class UsersBrowserIT extends BrowserTestBase {
    private static final Pattern CONTACT_URL = Pattern.compile(".*/users/contacts/(\\d+)$");

    private String contactIdOfRow(int row) {
        page.locator("#contacts-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("@")))
                .nth(row)
                .click();
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
        // ADMIN includes BACKOFFICE (docs/architecture.md's role order): the B2C list opens.
        assertThat(page.locator("#customers-grid")).isVisible();
        assertThat(page.locator("#b2c-denied")).hasCount(0);
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
        assertThat(page.locator("#showing")).hasText("Showing 1–1 of 1 result");
        page.locator("#companies-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Nordavind Testbedrift AS"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/users/companies/\\d+$"));

        page.locator("#tab-addresses").click();
        assertThat(page).hasURL(Pattern.compile(".*/users/companies/\\d+\\?tab=addresses$"));
        page.locator("#add-address").click();
        Locator address = page.locator("#address-form");
        address.getByLabel("Address", new Locator.GetByLabelOptions().setExact(true))
                .fill("Storgata 7");
        address.getByLabel("Post code").fill("9008");
        address.getByLabel("City").fill("Tromsø");
        page.locator("#save-address").click();
        assertThat(page.locator("#address-grid")).containsText("9008 Tromsø");
        assertThat(page.locator("#address-grid")).containsText("Default");

        page.locator("#tab-price-sheets").click();
        page.locator("#assign-price-sheet input").fill("Standard " + Year.now().getValue());
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions()
                        .setHasText("Standard " + Year.now().getValue()))
                .first()
                .click();
        page.locator("#assign-price-sheet-button").click();
        assertThat(page.locator("#price-sheet-grid")).containsText("In effect today");
        assertThat(page.locator("#effective-items")).containsText("CONSULT-60");
    }

    /**
     * White label → App users: an admin creates a user, opens the customer's app read-only with a reason, sees the
     * banner while the console tab stays theirs, is refused a write, ends the session back in the console; the
     * customer then sees the access notice.
     */
    @Test
    void staffOpensTheCustomersAppReadOnlyAndTheCustomerSeesTheNotice() {
        login("admin@nordlys.demo", PASSWORD);
        page.navigate(base + "/app-users");
        page.locator("#create-app-user").click();
        String email = "sara.ruiz." + System.nanoTime() + "@northwindclinic.example";
        String password = "Sunny-Clinic-Madrid-2026!";
        page.locator("#app-user-email input").fill(email);
        page.locator("#app-user-password input").fill(password);
        page.locator("#app-user-full-name input").fill("Sara Ruiz");
        page.locator("#app-user-company input").fill("Northwind Clinic");
        assertThat(page.locator("#password-strength-text")).hasText("Very strong");
        page.locator("#save-app-user").click();
        page.locator("#app-user-search input").fill(email);
        assertThat(page.locator("#showing")).hasText("Showing 1–1 of 1 result");

        page.locator("#app-user-grid .row-icon-open-app").first().click();
        page.locator("#support-reason textarea").fill("Cannot find the subscriptions page");
        page.locator("#support-ticket input").fill("SUP-4711");
        Page portal = context.waitForPage(() -> page.locator("#support-open").click());
        assertThat(portal.locator("#support-banner")).containsText("Viewing as Sara Ruiz");
        assertThat(portal.locator("#support-banner")).containsText("support session by Adrian Admin");
        assertThat(portal.locator("#support-countdown")).hasText(Pattern.compile("1[45]:\\d\\d"));
        // The console tab stays the staff member's while the session runs, through its own UI and a page load.
        page.locator("#support-opened-close").click();
        page.locator("#app-user-search input").fill("");
        assertThat(page.locator("#showing")).hasText(Pattern.compile("Showing 1–\\d+ of \\d+ results"));
        page.navigate(base + "/customers");
        assertThat(page.locator("#customer-grid")).isVisible();
        assertThat(page.locator("body")).not().containsText("Page not found");
        portal.getByText("Profile").first().click();
        // A read-only session cannot save: the button is off and says why.
        assertThat(portal.locator("#portal-save-profile")).isDisabled();
        org.junit.jupiter.api.Assertions.assertEquals(
                "Read-only support session",
                portal.locator("#portal-save-profile > vaadin-tooltip").evaluate("t => t.text"));

        portal.locator("#support-end").click();
        assertThat(portal).hasURL(Pattern.compile(".*/app-users\\?user=\\d+$"));
        assertThat(portal.locator("#app-user-details")).containsText(email);
        assertThat(portal.locator("#support-sessions")).containsText("Cannot find the subscriptions page");

        BrowserContext customer = browser().newContext();
        Page own = customer.newPage();
        own.navigate(base + "/login");
        own.locator("input[name=username]").fill(email);
        own.locator("input[name=password]").fill(password);
        own.locator("input[name=password]").press("Enter");
        assertThat(own.locator("#support-notices")).containsText("Support accessed your account on");
        assertThat(own.locator("#support-notices")).containsText("for: Cannot find the subscriptions page");
        customer.close();
    }
}
