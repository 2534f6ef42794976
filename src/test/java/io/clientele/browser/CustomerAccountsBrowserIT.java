package io.clientele.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Customers → Organizations and Customer accounts (product page 4): the whole lifecycle in a real browser. */
class CustomerAccountsBrowserIT extends BrowserTestBase {
    /** Valid (modulus 11) and outside the demo data's number range. */
    private static final String ORG_NUMBER = "312345676";

    private static final String ORG = "Aurora Testbedrift AS";

    private Locator showing() {
        return page.locator("#showing");
    }

    private void pick(String comboId, String typed, String item) {
        page.locator("#" + comboId + " input").fill(typed);
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(item))
                .first()
                .click();
    }

    private void typedDelete() {
        Locator word = page.locator("#confirm-word input");
        Locator confirm = page.locator("#confirm-delete");
        for (String wrong : List.of("delete", "Delete", " DELETE")) {
            word.fill(wrong);
            assertThat(confirm).isDisabled();
        }
        word.fill("DELETE");
        assertThat(confirm).isEnabled();
        confirm.click();
    }

    private void searchAccounts(String text) {
        page.navigate(base + "/customer-accounts");
        page.locator("#account-search input").fill(text);
        // Wait for the filtered page before touching a row's menu.
        assertThat(showing()).hasText("Showing 1–1 of 1 result");
    }

    @Test
    void organizationAndAccountLifecycleFromCreateToPermanentDelete() {
        login("admin@nordlys.demo", PASSWORD);

        page.navigate(base + "/organizations");
        page.locator("#add-organization").click();
        Locator form = page.locator("#organization-form");
        form.getByLabel("Name").first().fill(ORG);
        form.getByLabel("Organization number").fill("312 345 670");
        form.getByLabel("Post number").fill("9008");
        form.getByLabel("Municipality").fill("Tromsø");
        form.getByLabel("Address", new Locator.GetByLabelOptions().setExact(true))
                .fill("Storgata 12");
        page.locator("#save-organization").click();
        assertThat(page.locator("#organization-form")).containsText("valid check digit");
        form.getByLabel("Organization number").fill(ORG_NUMBER);
        page.locator("#save-organization").click();
        page.locator("#organization-search input").fill("Aurora");
        assertThat(showing()).hasText("Showing 1–1 of 1 result");

        page.navigate(base + "/customer-accounts");
        page.locator("#add-account").click();
        pick("account-organization", "Aurora", ORG);
        pick("account-admin", "Guro", "Guro Gjestebakken");
        page.locator("#account-customer-number input").fill("90001");
        page.locator("#account-shared-billing").click();
        page.locator("#save-account").click();
        page.locator("#account-search input").fill("Aurora");
        assertThat(showing()).hasText("Showing 1–1 of 1 result");
        assertThat(page.locator("#account-grid")).containsText("Guro Gjestebakken");
        assertThat(page.locator("#account-grid")).containsText("ACTIVE");

        rowAction("Edit");
        page.locator("#account-customer-number input").fill("90002");
        page.locator("#save-account").click();
        assertThat(page.locator("#account-form")).isHidden();

        rowAction("Manage shared accounts");
        // The account's one page, on its Shared accounts tab.
        assertThat(page).hasURL(Pattern.compile(".*/customer-accounts/\\d+\\?tab=shared$"));
        pick("shared-candidate", "Elv", "Elv");
        page.locator("#add-shared").click();
        assertThat(page.locator("#shared-grid")).containsText("Elv");
        rowAction("Remove");
        page.locator("vaadin-button[slot=confirm-button]").click();
        assertThat(page.locator("#shared-grid")).containsText("No accounts share billing with this one yet.");

        page.locator("#tab-account").click();
        assertThat(page).hasURL(Pattern.compile(".*/customer-accounts/\\d+$"));
        assertThat(page.locator("#block-account")).containsText("90002");
        assertThat(page.locator("#block-admin")).containsText("Guro");

        searchAccounts("Aurora");
        rowAction("Delete");
        assertThat(page.locator(".confirm-warning"))
                .hasText("The customer account " + ORG
                        + " moves to the Trash, where it can be recovered with a new customer admin.");
        typedDelete();
        assertThat(page.locator("#account-grid")).containsText("DELETED");

        rowAction("Recover");
        assertThat(page.getByText("Do you want to recover the customer account " + ORG + "?"))
                .isVisible();
        pick("recover-admin", "Gustav", "Gustav Gjest");
        page.locator("#confirm-recover").click();
        assertThat(page.locator("#account-grid")).containsText("Gustav Gjest");
        assertThat(page.locator("#account-grid")).containsText("ACTIVE");

        rowAction("Delete");
        typedDelete();
        assertThat(page.locator("#account-grid")).containsText("DELETED");
        rowAction("Permanently delete");
        typedDelete();
        assertThat(showing()).hasText("Showing 0–0 of 0 results");
        assertThat(page.locator("#account-grid")).containsText("No customer accounts match your search.");
    }

    @Test
    void csvDownloadHasEveryAccountIncludingDeletedWithHeadersInTheUsersLanguage() throws Exception {
        login("admin@nordlys.demo", PASSWORD);
        page.navigate(base + "/customer-accounts");
        List<CSVRecord> english = download("Organization");
        assertThat(english).isNotEmpty();
        String total = showing().textContent().replaceAll(".* of (\\d+) results", "$1");
        assertThat(english).hasSize(Integer.parseInt(total));
        CSVRecord deleted = english.stream()
                .filter(r -> r.get("Status").equals("DELETED"))
                .findFirst()
                .orElseThrow();
        assertThat(deleted.get("Deleted at")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(deleted.get("Customer admin")).isEmpty();

        context.clearCookies();
        login("owner@nordlys.demo", PASSWORD);
        page.navigate(base + "/customer-accounts");
        List<CSVRecord> norwegian = download("Organisasjon");
        assertThat(norwegian).hasSize(english.size());
        assertThat(norwegian.stream().map(r -> r.get("Status"))).contains("SLETTET", "AKTIV");
    }

    private List<CSVRecord> download(String firstHeader) throws Exception {
        Download download = page.waitForDownload(
                () -> page.locator("#download-csv vaadin-button").click());
        byte[] bytes = Files.readAllBytes(download.path());
        assertThat(download.suggestedFilename()).matches("customer-accounts-\\d{4}-\\d{2}-\\d{2}\\.csv");
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        try (CSVParser csv = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))) {
            assertThat(csv.getHeaderNames().getFirst()).isEqualTo(firstHeader);
            return csv.getRecords();
        }
    }
}
