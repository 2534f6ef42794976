package io.clientele.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import ezvcard.Ezvcard;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Management → Customers (product page 1) in a real browser against the packaged jar. */
class CustomersBrowserIT extends BrowserTestBase {
    @Test
    void adminFiltersEditsAndSeesTheChangeAfterReload() {
        login("admin@nordlys.demo", PASSWORD);
        // Demo data is seeded: 300 customers and 2 who signed up twice (one merged already); 19 are deleted and hidden.
        assertThat(page.locator("#showing")).hasText("Showing 1–20 of 283 results");

        page.locator("#customer-search input").fill("Maria-Magdalena");
        assertThat(page.locator("#showing")).hasText("Showing 1–1 of 1 result");
        assertThat(page).hasURL(Pattern.compile(".*/customers\\?q=Maria-Magdalena$"));

        openFirstRowMenu();
        page.locator("vaadin-context-menu-item")
                .filter(new Locator.FilterOptions().setHasText("Edit"))
                .click();
        Locator lastName = page.locator("#customer-form").getByLabel("Last name");
        lastName.fill("Brønnøysund");
        page.locator("#save-customer").click();
        assertThat(page.locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("Maria-Magdalena Ælfrida Brønnøysund"))
                        .first())
                .isVisible();

        page.reload();
        assertThat(page.locator("#showing")).hasText("Showing 1–1 of 1 result");
        assertThat(page.locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("Maria-Magdalena Ælfrida Brønnøysund"))
                        .first())
                .isVisible();

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

        Locator firstName = page.locator("#customer-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("@")))
                .first();
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
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keep editing"))
                .click();
        assertThat(page.locator("#unsaved-changes")).hasCount(0);
        assertThat(page).hasURL(Pattern.compile(".*/customers/\\d+$"));
        assertThat(lastName).hasValue("Halvskrevet");
        lastName.fill("Brønnøysund-Testesen");
        page.locator("#tab-activity").click();
        assertThat(page).hasURL(Pattern.compile(".*/customers/\\d+\\?tab=activity$"));
        page.reload();
        assertThat(page.locator("#activity")).containsText("Brønnøysund-Testesen");
        // The side navigation marks where the record belongs and draws its icons on a freshly loaded record page.
        assertThat(page.locator("vaadin-side-nav-item[current]")).hasAttribute("path", "/customers");
        page.waitForFunction(
                "() => document.querySelector('vaadin-side-nav-item vaadin-icon')"
                        + "?.shadowRoot?.querySelector('#svg-group')?.childElementCount > 0",
                null,
                new Page.WaitForFunctionOptions().setTimeout(15_000));

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
        assertThat(page.locator("vaadin-context-menu-item")).hasCount(1);
        assertThat(page.locator("vaadin-context-menu-item")).hasText("Vis detaljer");
        assertTrue(context.cookies().stream().anyMatch(c -> c.name.equals("remember-me")), "remember-me cookie set");
    }

    @Test
    void platformOperatorSwitchesTenantFromTheTopBar() {
        login("sysadmin@clientele.demo", PASSWORD);
        page.waitForURL(url -> url.endsWith("/settings/tenants"));
        assertThat(page.locator("#tenants")).containsText("Sentrum Frisør");
        page.navigate(base + "/customers");
        assertThat(page.locator("#tenant-switcher input")).hasValue("Default");
        assertThat(page.locator("#showing")).hasText("Showing 0–0 of 0 results");
        page.locator("#tenant-switcher input").click();
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("Fjordline Fitness"))
                .click();
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

    /**
     * Product page 3 end to end: filter, select every match across pages, assign a group in the background, then
     * download all five formats and read each back with its own parser.
     */
    @Test
    void selectAllMatchingAssignsAGroupAndEveryDownloadHoldsExactlyTheMatches() throws Exception {
        login("admin@nordlys.demo", PASSWORD);
        Locator showing = page.locator("#showing");
        assertThat(showing).isVisible();
        page.navigate(base + "/customers?status=ACTIVE&type=INDIVIDUAL");
        assertThat(showing).hasText(Pattern.compile("Showing 1–20 of \\d+ results"));
        Matcher m = Pattern.compile("of (\\d+) results").matcher(showing.textContent());
        assertTrue(m.find());
        int matching = Integer.parseInt(m.group(1));
        assertTrue(matching > 20, "the filter spans several pages");

        page.locator("#selectAllCheckbox").first().click();
        assertThat(page.locator("#selection-count")).hasText("20 selected");
        page.locator("#select-all-matching").click();
        assertThat(page.locator("#selection-count")).hasText("All " + matching + " matching customers selected");
        page.locator("#bulk-groups").click();
        page.locator("#assign-groups input").fill("Pilot");
        page.locator("vaadin-multi-select-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("Pilot 2027"))
                .click();
        page.keyboard().press("Escape");
        page.locator("#confirm-assign-groups").click();
        assertThat(page.locator("vaadin-notification-card")
                        .filter(new Locator.FilterOptions().setHasText(matching + " customers added to the groups")))
                .isVisible();

        page.navigate(base + "/customers?status=ACTIVE&type=INDIVIDUAL");
        assertThat(showing).hasText(Pattern.compile("Showing 1–20 of " + matching + " results"));
        page.locator("#selectAllCheckbox").first().click();
        page.locator("#select-all-matching").click();
        assertThat(page.locator("#selection-count")).hasText("All " + matching + " matching customers selected");
        Map<String, Path> files = new LinkedHashMap<>();
        for (String format : List.of("xlsx", "ods", "vcard", "csv", "html")) {
            Download download = page.waitForDownload(() -> {
                page.locator("#bulk-download vaadin-menu-bar-button").first().click();
                page.locator("#bulk-item-" + format).click();
            });
            assertTrue(
                    download.suggestedFilename()
                            .matches("nordlys-[a-z-]*customers-\\d{4}-\\d{2}-\\d{2}\\.(xlsx|ods|vcf|csv|html)"),
                    download.suggestedFilename());
            Path file = Files.createTempFile("download", "-" + download.suggestedFilename());
            download.saveAs(file);
            files.put(format, file);
        }

        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(files.get("xlsx")))) {
            var sheet = book.getSheetAt(0);
            assertEquals(matching, sheet.getLastRowNum());
            int groups = -1;
            for (var cell : sheet.getRow(0)) {
                if (cell.getStringCellValue().equals("Groups")) groups = cell.getColumnIndex();
            }
            assertTrue(groups >= 0, "the visible Groups column is exported");
            for (int r = 1; r <= matching; r++) {
                assertTrue(sheet.getRow(r).getCell(groups).getStringCellValue().contains("Pilot 2027"), "row " + r);
            }
        }
        try (ZipFile zip = new ZipFile(files.get("ods").toFile())) {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            var xml = factory.newDocumentBuilder().parse(zip.getInputStream(zip.getEntry("content.xml")));
            assertEquals(
                    matching + 1,
                    xml.getElementsByTagNameNS("urn:oasis:names:tc:opendocument:xmlns:table:1.0", "table-row")
                            .getLength());
        }
        assertEquals(matching, Ezvcard.parse(files.get("vcard")).all().size());
        try (Reader in = Files.newBufferedReader(files.get("csv"), StandardCharsets.UTF_8)) {
            assertEquals('\uFEFF', in.read());
            List<CSVRecord> rows =
                    CSVFormat.RFC4180.builder().setHeader().get().parse(in).getRecords();
            assertEquals(matching, rows.size());
            assertTrue(rows.stream().allMatch(r -> r.get("Groups").contains("Pilot 2027")));
            assertTrue(rows.stream().allMatch(r -> r.get("Status").equals("Active")));
        }
        assertEquals(
                matching,
                Jsoup.parse(files.get("html").toFile(), "UTF-8")
                        .select("tbody tr")
                        .size());
        for (Path f : files.values()) Files.deleteIfExists(f);
    }

    /**
     * Import from the Customers list: a small CSV with one new, one update, one possible duplicate and one bad row;
     * the preview says exactly that, the import does it, the failed-rows file holds the bad row, and Undo import puts
     * the list back as it was.
     */
    @Test
    void anImportIsPreviewedRunReportedAndUndone() throws Exception {
        login("admin@nordlys.demo", PASSWORD);
        page.navigate(base + "/customers?q=Maria-Magdalena");
        assertThat(page.locator("#showing")).hasText("Showing 1–1 of 1 result");
        Locator cells = page.locator("#customer-grid vaadin-grid-cell-content");
        String email = cells.filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\S+@\\S+$")))
                .first()
                .textContent()
                .strip();
        String phone = cells.filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\+\\d[\\d ]+$")))
                .first()
                .textContent()
                .strip();
        String name = cells.filter(new Locator.FilterOptions().setHasText("Maria-Magdalena"))
                .first()
                .textContent()
                .strip();
        Path csv = Files.createTempFile("import", ".csv");
        Files.writeString(
                csv,
                "First name,Last name,Email,Phone\r\n"
                        + "Ingrid,Fjellstad,ingrid.fjellstad@eksempel.no,\r\n"
                        + "Maria-Magdalena,Importert," + email + ",\r\n"
                        + "Marit,Berge,marit.berge@eksempel.no," + phone + "\r\n"
                        + "Ola,Nordmann,not-an-address,\r\n",
                StandardCharsets.UTF_8);

        page.locator("#import-customers").click();
        page.locator("#import-upload input[type=file]").setInputFiles(csv);
        page.locator("#import-preview").click();
        assertThat(page.locator("#import-counts"))
                .hasText("1 new · 1 to update · 1 possible duplicate · 1 with errors");
        page.locator("#import-run").click();
        assertThat(page.locator("#import-result")).hasText("Done: 1 created, 1 updated, 1 skipped, 1 failed.");
        Download report =
                page.waitForDownload(() -> page.locator("#import-report-file").click());
        assertTrue(report.suggestedFilename().matches("failed-import\\d+\\.csv"), report.suggestedFilename());
        try (Reader in = Files.newBufferedReader(report.path(), StandardCharsets.UTF_8)) {
            assertEquals('\uFEFF', in.read());
            List<CSVRecord> rows =
                    CSVFormat.RFC4180.builder().setHeader().get().parse(in).getRecords();
            assertEquals(1, rows.size());
            assertEquals("not-an-address", rows.getFirst().get("Email"));
            assertEquals(
                    "Enter a valid email address, e.g. name@example.com",
                    rows.getFirst().get("Errors"));
        }

        page.locator("#undo-import").click();
        page.locator("vaadin-button[slot=confirm-button]").click();
        assertThat(page.locator("vaadin-notification-card")
                        .filter(new Locator.FilterOptions()
                                .setHasText("Import undone: 1 moved to the Trash, 1 restored, 0 kept")))
                .isVisible();

        page.navigate(base + "/customers?q=Maria-Magdalena");
        assertThat(page.locator("#showing")).hasText("Showing 1–1 of 1 result");
        assertThat(cells.filter(new Locator.FilterOptions().setHasText(name)).first())
                .isVisible();
        page.navigate(base + "/customers?q=Fjellstad");
        assertThat(page.locator("#showing")).hasText("Showing 0–0 of 0 results");
        page.navigate(base + "/import-history");
        assertThat(page.locator("#import-history")).containsText("Undone");
    }

    /** The ⋮ menu opens after a round trip that fills it; click again until its list shows. */
    private void openFirstRowMenu() {
        Locator list = page.locator("vaadin-context-menu-item").first();
        for (int attempt = 0; attempt < 10; attempt++) {
            page.locator(".row-actions:visible").first().click();
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
