package io.clientele.browser;

import com.microsoft.playwright.*;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.*;

import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Management → Customers (product page 1) in a real browser against the packaged jar. */
class CustomersBrowserIT extends BrowserTestBase {
    @Test
    void adminFiltersEditsAndSeesTheChangeAfterReload() {
        login("admin@nordlys.demo", PASSWORD);
        // Demo data is seeded: 300 customers, of which 17 are soft-deleted and hidden by default.
        assertThat(page.locator("#showing")).hasText("Showing 1–20 of 283 results");

        page.locator("#customer-search input").fill("Maria-Magdalena");
        assertThat(page.locator("#showing")).hasText("Showing 1–1 of 1 results");
        assertThat(page).hasURL(Pattern.compile(".*/customers\\?q=Maria-Magdalena$"));

        openFirstRowMenu();
        page.locator("vaadin-menu-bar-list-box vaadin-menu-bar-item").filter(new Locator.FilterOptions().setHasText("Edit")).click();
        Locator lastName = page.locator("#customer-form").getByLabel("Last name");
        lastName.fill("Brønnøysund");
        page.locator("#save-customer").click();
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Maria-Magdalena Ælfrida Brønnøysund")).first()).isVisible();

        page.reload();
        assertThat(page.locator("#showing")).hasText("Showing 1–1 of 1 results");
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Maria-Magdalena Ælfrida Brønnøysund")).first()).isVisible();

        page.locator("#card-pending").click();
        assertThat(page).hasURL(Pattern.compile(".*status=PENDING.*"));
        page.locator("#clear-filters").click();
        assertThat(page.locator("#showing")).hasText("Showing 1–20 of 283 results");
        // Flow's client routes Back only once the previous round trip has finished.
        waitForServer();
        page.goBack();
        assertThat(page).hasURL(Pattern.compile(".*status=PENDING.*"));
        assertThat(page.locator("#card-pending")).hasClass(Pattern.compile(".*selected.*"));
    }

    @Test
    void aRowOpensTheRecordAndTheBackLinkReturnsToTheListAsItWasLeft() {
        login("admin@nordlys.demo", PASSWORD);
        page.navigate(base + "/customers?status=ACTIVE&sort=name,desc&page=2");
        assertThat(page.locator("#showing")).hasText(Pattern.compile("Showing 21–40 of \\d+ results"));
        assertThat(page.locator("#filter-chips")).containsText("Status");

        Locator firstName = page.locator("#customer-grid vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText(Pattern.compile("@"))).first();
        firstName.click();
        assertThat(page).hasURL(Pattern.compile(".*/customers/\\d+$"));
        // Edit in place: the header follows the saved name.
        Locator lastName = page.locator("#block-profile").getByLabel("Last name");
        lastName.fill("Brønnøysund-Testesen");
        page.locator("#save-profile").click();
        assertThat(page.locator("#detail-title")).containsText("Brønnøysund-Testesen");
        // Unsaved input is not lost by a stray click on the back link.
        lastName.fill("Halvskrevet");
        page.locator("#back-link").click();
        assertThat(page.locator("#unsaved-changes")).hasAttribute("opened", "");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keep editing")).click();
        assertThat(page.locator("#unsaved-changes")).hasCount(0);
        assertThat(page).hasURL(Pattern.compile(".*/customers/\\d+$"));
        assertThat(lastName).hasValue("Halvskrevet");
        lastName.fill("Brønnøysund-Testesen");
        page.locator("#tab-activity").click();
        assertThat(page).hasURL(Pattern.compile(".*/customers/\\d+\\?tab=activity$"));
        page.reload();
        assertThat(page.locator("#activity")).containsText("Brønnøysund-Testesen");

        page.locator("#back-link").click();
        assertThat(page.locator("#showing")).hasText(Pattern.compile("Showing 21–40 of \\d+ results"));
        for (String kept : List.of("status=ACTIVE", "sort=name(,|%2C)desc", "page=2")) {
            assertThat(page).hasURL(Pattern.compile(".*/customers\\?.*" + kept + ".*"));
        }
    }

    @Test
    void anUnknownAddressShowsTheNotFoundPageInsideTheConsole() {
        login("admin@nordlys.demo", PASSWORD);
        assertThat(page.locator("#showing")).isVisible();
        page.navigate(base + "/no-such-page");
        assertThat(page.locator("#error-page")).containsText("not found");
        page.locator("#error-back").click();
        assertThat(page.locator("#showing")).isVisible();
        page.navigate(base + "/customers/999999999");
        assertThat(page.locator("h2")).hasText("Record not found");
    }

    @Test
    void viewerSeesNoEditActionAndIsRemembered() {
        page.navigate(base + "/login");
        page.locator("#remember-me").click();
        page.locator("input[name=username]").fill("viewer@nordlys.demo");
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("input[name=password]").press("Enter");
        // The viewer's profile language is Norwegian Bokmål.
        assertThat(page.locator("#showing")).hasText(Pattern.compile("Viser 1–20 av 283 resultater"));
        assertThat(page.locator("#add-customer")).hasCount(0);
        openFirstRowMenu();
        assertThat(page.locator("vaadin-menu-bar-list-box vaadin-menu-bar-item")).hasCount(1);
        assertThat(page.locator("vaadin-menu-bar-list-box vaadin-menu-bar-item")).hasText("Vis detaljer");
        assertTrue(context.cookies().stream().anyMatch(c -> c.name.equals("remember-me")), "remember-me cookie set");
    }

    @Test
    void platformOperatorSwitchesTenantFromTheTopBar() {
        login("sysadmin@clientele.demo", PASSWORD);
        assertThat(page.locator("#tenant-switcher input")).hasValue("Default");
        assertThat(page.locator("#showing")).hasText("Showing 0–0 of 0 results");
        page.locator("#tenant-switcher input").click();
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Fjordline Fitness")).click();
        assertThat(page.locator("#tenant-switcher input")).hasValue("Fjordline Fitness");
        assertThat(page.locator("#showing")).hasText(Pattern.compile("Showing 1–20 of \\d{3} results"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccount() {
        for (int i = 0; i < 5; i++) {
            login("support@fjordline.demo", "not-the-password-" + i);
            assertThat(page).hasURL(Pattern.compile(".*/login\\?error.*"));
        }
        login("support@fjordline.demo", PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error.*"));

        login("owner@fjordline.demo", PASSWORD);
        assertThat(page.locator("#showing")).isVisible();
    }

    /** The row menu gets its items right after the row renders; click again until its list shows. */
    private void openFirstRowMenu() {
        Locator list = page.locator("vaadin-menu-bar-list-box vaadin-menu-bar-item").first();
        for (int attempt = 0; attempt < 10; attempt++) {
            page.locator(".row-actions vaadin-menu-bar-button:visible").first().click();
            try {
                list.waitFor(new Locator.WaitForOptions().setTimeout(1000));
                return;
            } catch (TimeoutError notYet) {
                page.keyboard().press("Escape");
            }
        }
        throw new AssertionError("Row menu did not open");
    }
}
