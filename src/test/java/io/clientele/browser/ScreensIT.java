package io.clientele.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every main page, each tab of a record's page and the error pages, at 1280×800, as an English-speaking ADMIN and a
 * Norwegian OWNER: each answers its own HTTP status, has a title and {@code <html lang>} in the reader's language, shows
 * no raw message key and (in Norwegian) no English word from a small dictionary, its header and pager fit without
 * scrolling sideways, and axe-core finds no serious or critical WCAG 2.0/2.1 A/AA violation in the application's own
 * markup. Findings in Vaadin's components' own markup (their shadow DOM, the ARIA a component sets on itself) are
 * printed, not failed. With
 * {@code -Dscreens.dir=docs/screens} each page is also saved as a PNG.
 */
class ScreensIT extends BrowserTestBase {
    private static final List<String> LISTS = List.of(
            "/customers",
            "/customer-accounts",
            "/users/companies",
            "/users/contacts",
            "/users/customers",
            "/organizations",
            "/app-users",
            "/duplicates",
            "/import",
            "/import-history",
            "/trash",
            "/settings/staff",
            "/settings/roles",
            "/two-factor",
            "/passkeys",
            "/settings/teams",
            "/settings/groups",
            "/settings/consent-fields",
            "/settings/price-sheets",
            "/settings/plans",
            "/settings/booking-services",
            "/settings/api-keys",
            "/settings/webhooks",
            "/settings/audit-log",
            "/branding");
    /** Words an English screen uses that must not leak into the Norwegian one. */
    private static final Pattern ENGLISH = Pattern.compile(
            "(?<![/\\w-])(Updated|Created|Logged in|results|customers|Upload Files?|Drop files? here)\\b(?![:/])");

    private static final Pattern MISSING_KEY = Pattern.compile("![a-z]{2}(-[A-Z]{2})?: \\S+");
    private static final Set<String> KEYS = keys();

    private final List<String> problems = new ArrayList<>();
    /** Who is looking, in the screenshots' names (a portal customer's /customers is not the ADMIN's). */
    private String viewer = "";

    private final Set<String> vaadinFindings = new TreeSet<>();

    @Test
    void everyMainPageInEnglishAndNorwegian() {
        for (String[] who :
                List.of(new String[] {"admin@nordlys.demo", "en-GB"}, new String[] {"owner@nordlys.demo", "nb"})) {
            tour(who[0], who[1]);
        }
        portalCustomer();
        operator();
        vaadinFindings.forEach(f -> System.out.println("axe inside a Vaadin component: " + f));
        assertThat(problems).isEmpty();
    }

    /** Management → Import with a file uploaded through the browser and previewed (nothing is imported). */
    private void importPreview(String lang) {
        visit("/import", lang, 200);
        // The last column is named after one of the demo tenant's consent fields: it maps to that field's answer.
        upload("Fornavn;Etternavn;E-post;Telefon;Status;Marketing e-mails\r\n"
                + "Ingrid;Fjell;ingrid.fjell@eksempel.no;+47 415 55 123;Aktiv;ja\r\n"
                + "Ola;Nordmann;ikke-en-adresse;;Aktiv;nei\r\n"
                + "Siri;Strand;siri.strand@eksempel.no;;Sover;kanskje\r\n");
        check("/import with a preview", lang);

        // From the Organizations list: a file of companies, matched by organization number.
        visit("/import?records=organizations", lang, 200);
        upload("Firmanavn;Org.nr.;Nettside;Postnr;Poststed\r\n"
                + "Fjordkraft Regnskap AS;923609016;fjordregnskap.no;5003;Bergen\r\n"
                + "Feil AS;123;;;\r\n");
        check("/import of organizations with a preview", lang);
    }

    /** Uploads a CSV file of {@code text} through the browser and previews it. */
    private void upload(String text) {
        java.nio.file.Path file;
        try {
            file = java.nio.file.Files.writeString(
                    java.nio.file.Files.createTempFile("screens", ".csv"),
                    text,
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.locator("#import-upload input[type=file]").setInputFiles(file);
        page.locator("#import-preview").waitFor();
        page.locator("#import-preview").click();
        page.locator("#import-counts").waitFor();
        waitForServer();
    }

    private void tour(String email, String lang) {
        newContext(lang);
        // Before signing in: the page "Forgot password?" on the login page leads to.
        visit("/forgot-password", lang, 200);
        // An invitation link that is not (or no longer) valid says so.
        visit("/accept-invitation?token=spent", lang, 200);
        login(email, PASSWORD);
        page.waitForURL(url -> !url.contains("/login"));
        if (lang.equals("en-GB")) {
            keyboard();
        }
        Map<String, String> records = new LinkedHashMap<>();
        for (String list : LISTS) {
            // Branding is the OWNER's: an ADMIN gets "No access", and the document says 403.
            boolean denied = list.equals("/branding") && email.startsWith("admin@");
            visit(list, lang, denied ? 403 : 200);
            if (denied) {
                com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#error-page"))
                        .containsText("No access");
            }
            if (Set.of("/customers", "/customer-accounts", "/users/companies", "/users/contacts")
                    .contains(list)) {
                records.put(list, firstRecordOf(list));
            }
        }
        for (String record : records.values()) {
            visit(record, lang, 200);
            Locator tabs = page.locator("vaadin-tabs vaadin-tab");
            int count = tabs.count();
            for (int i = 1; i < count; i++) {
                tabs.nth(i).click();
                waitForServer();
                check(record + " tab " + (i + 1), lang);
            }
        }
        importPreview(lang);
        // Lists narrowed by their side panel: the pager stays on one line, names stay readable.
        visit("/app-users", lang, 200);
        page.locator(".row-icon-details").first().click();
        page.locator(".side-panel:not([hidden])").waitFor();
        waitForServer();
        check("/app-users with details", lang);
        pagerOnOneLine(lang + " /app-users with details");
        visit("/users/contacts", lang, 200);
        page.locator("#contacts-filters").click();
        page.locator(".side-panel:not([hidden])").waitFor();
        waitForServer();
        check("/users/contacts with filters", lang);
        pagerOnOneLine(lang + " /users/contacts with filters");
        Object truncated = page.evaluate("() => { const g = document.querySelector('#contacts-grid');"
                + " const c = [...g.querySelectorAll('vaadin-grid-cell-content')].find(e => / /.test(e.textContent)"
                + " && !e.querySelector('*') && !e.textContent.includes('@'));"
                + " return c ? c.scrollWidth > c.clientWidth : 'no name'; }");
        if (!Boolean.FALSE.equals(truncated)) {
            problems.add(lang + " /users/contacts with filters: a name is cut (" + truncated + ")");
        }
        visit("/no-such-page", lang, 404);
        // A page past the end shows the last page, and the address is corrected to it.
        page.navigate(base + "/customers?page=999");
        waitForServer();
        page.waitForURL(url -> !url.contains("page=999"));
        if (!page.url().matches(".*page=1[0-9]\\b.*")) {
            problems.add(lang + " /customers?page=999 became " + page.url());
        }
    }

    /**
     * By keyboard: the first Tab reaches Skip to content, which takes the next Tab into the page (the search box),
     * and Enter on a row's ⋮ opens its menu rather than the row.
     */
    private void keyboard() {
        visit("/customers", "en-GB", 200);
        page.locator("body").focus();
        page.keyboard().press("Tab");
        Object first = page.evaluate("() => document.activeElement && document.activeElement.id");
        page.keyboard().press("Enter");
        waitForServer();
        page.keyboard().press("Tab");
        Object next = page.evaluate("() => !!document.activeElement?.closest('#customer-search')");
        if (!"skip-to-content".equals(first) || !Boolean.TRUE.equals(next)) {
            problems.add("en-GB /customers: Tab, Enter, Tab went from " + first + " to the search box: " + next);
        }
        page.locator("#customer-grid .row-actions").first().focus();
        page.keyboard().press("Enter");
        page.locator("vaadin-context-menu-overlay[opened]").waitFor();
        if (page.url().matches(".*/customers/\\d+.*")) {
            problems.add("en-GB /customers: Enter on a row's menu button opened " + page.url());
        }
        page.keyboard().press("Escape");
    }

    /** A portal customer's pages, and their error pages in the portal's own layout (brand and menu), not the staff's. */
    private void portalCustomer() {
        newContext("nb");
        viewer = "portal-customer";
        login("guest@nordlys.demo", PASSWORD);
        page.waitForURL(url -> url.contains("/portal"));
        for (String[] visit : new String[][] {
            {"/portal", "200"}, {"/portal/profile", "200"}, {"/portal/nope", "404"}, {"/customers", "404"}
        }) {
            visit(visit[0], "nb", Integer.parseInt(visit[1]));
            if (!page.locator("#portal-brand").isVisible()) {
                problems.add("nb portal " + visit[0] + ": not in the portal's layout");
            }
        }
    }

    /** The platform operator lands on Tenants, in both languages; a tenant's OWNER may not open it. */
    private void operator() {
        for (String[] who : List.of(
                new String[] {"sysadmin@clientele.demo", "en-GB"}, new String[] {"drift@clientele.demo", "nb"})) {
            String lang = who[1];
            newContext(lang);
            viewer = "operator";
            login(who[0], PASSWORD);
            page.waitForURL(url -> url.contains("/settings/tenants"));
            visit("/settings/tenants", lang, 200);
        }
        newContext("nb");
        viewer = "";
        login("owner@nordlys.demo", PASSWORD);
        page.waitForURL(url -> !url.contains("/login"));
        visit("/settings/tenants", "nb", 403);
    }

    private void newContext(String lang) {
        newContext(lang, 1280, 800);
    }

    /** Opens the first row of a list by keyboard (Enter on its first cell) and returns the record's address. */
    private String firstRecordOf(String list) {
        String before = page.url();
        page.locator("vaadin-grid vaadin-grid-cell-content").first().waitFor();
        // The first body row's first cell with words in it (not its checkbox or ⋮), marked so Playwright can click it.
        page.waitForFunction("() => { const row = document.querySelector('vaadin-grid').shadowRoot"
                + ".querySelector('#items tr:not([hidden])'); if (!row) return false;"
                + " const cell = [...row.querySelectorAll('td slot')].map(s => s.assignedElements({flatten: true})[0])"
                + ".find(c => c && /[A-Za-z]{3}/.test(c.textContent) && !c.querySelector('vaadin-checkbox, vaadin-button'));"
                + " if (cell) cell.id = 'first-record-cell'; return !!cell; }");
        page.locator("#first-record-cell").click();
        page.waitForURL(url -> !url.equals(before) && url.matches(".*/\\d+(\\?.*)?$"));
        waitForServer();
        return page.url().substring(base.length());
    }

    private void visit(String path, String lang, int status) {
        Response response = page.navigate(base + path);
        waitForServer();
        // Lists show their rows first; the picture is taken once every total has arrived by push.
        page.waitForFunction(
                "() => ![...document.querySelectorAll('.showing')].some(e => e.textContent.includes('…'))");
        if (response == null || response.status() != status) {
            problems.add(lang + " " + path + ": HTTP " + (response == null ? "none" : response.status()) + ", expected "
                    + status);
        }
        check(path, lang);
    }

    private void check(String where, String lang) {
        String at = lang + " " + where + ": ";
        String text = (String) page.evaluate("() => document.body.innerText");
        Matcher missing = MISSING_KEY.matcher(text);
        while (missing.find()) {
            problems.add(at + "raw key " + missing.group());
        }
        for (String token : text.split("[\\s,;:()]+")) {
            // Webhook event names (customer.created) are identifiers the receivers see, shown as they are.
            if (KEYS.contains(token) && !io.clientele.base.BusinessEvent.TYPES.contains(token)) {
                problems.add(at + "raw key " + token);
            }
        }
        if (lang.equals("nb")) {
            Matcher english = ENGLISH.matcher(text);
            while (english.find()) {
                problems.add(at + "English word \"" + english.group() + "\" in: "
                        + text.substring(Math.max(0, english.start() - 40), Math.min(text.length(), english.end() + 40))
                                .replace('\n', ' '));
            }
        }
        String htmlLang = (String) page.evaluate("() => document.documentElement.lang");
        if (!htmlLang.equals(lang)) {
            problems.add(at + "<html lang=\"" + htmlLang + "\">");
        }
        if (page.title().isBlank() || page.title().startsWith(" ·")) {
            problems.add(at + "no title");
        }
        Object overflowing = page.evaluate("() => [...document.querySelectorAll('.toolbar, .pager, .detail-header')]"
                + ".filter(e => e.offsetParent && e.scrollWidth > e.clientWidth + 1).map(e => e.className)");
        if (overflowing instanceof List<?> l && !l.isEmpty()) {
            problems.add(at + "scrolls sideways: " + l);
        }
        axe(at);
        screenshot(lang, where);
    }

    private void pagerOnOneLine(String at) {
        Object height = page.evaluate(
                "() => { const p = [...document.querySelectorAll('.pager')].find(e => e.offsetParent);"
                        + " const s = p && p.querySelector('.showing'); return p && s ? p.clientHeight / s.offsetHeight : 0; }");
        if (!(height instanceof Number n) || n.doubleValue() > 3) {
            problems.add(at + ": the pager wraps (" + height + " lines of text high)");
        }
    }

    private void axe(String at) {
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        for (Rule rule : results.getViolations()) {
            if (!Set.of("serious", "critical").contains(rule.getImpact())) {
                continue;
            }
            for (CheckedNode node : rule.getNodes()) {
                String target = String.valueOf(node.getTarget());
                // A target of several selectors lies inside a shadow root, and ARIA roles and attributes of a Vaadin
                // element are set by the component itself: both are Vaadin's markup, not the application's.
                boolean insideShadow = node.getTarget() instanceof List<?> parts && parts.size() > 1;
                boolean componentAria =
                        rule.getId().startsWith("aria-") && node.getHtml().startsWith("<vaadin-");
                if (insideShadow || componentAria) {
                    vaadinFindings.add(rule.getId() + " (" + rule.getImpact() + ") " + target);
                } else {
                    problems.add(at + "axe " + rule.getId() + " (" + rule.getImpact() + ") at " + target + ": "
                            + node.getFailureSummary());
                }
            }
        }
    }

    private void screenshot(String lang, String where) {
        String dir = System.getProperty("screens.dir");
        if (dir != null) {
            String name = lang + (viewer.isEmpty() ? "" : "-" + viewer)
                    + where.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "") + ".png";
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of(dir, name)));
        }
    }

    private static Set<String> keys() {
        Properties texts = new Properties();
        try (var in = ScreensIT.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        // Only keys with a dot inside a word, so ordinary words ("Name") are not mistaken for keys.
        Set<String> keys = new LinkedHashSet<>();
        texts.stringPropertyNames().stream().filter(k -> k.contains(".")).forEach(keys::add);
        return keys;
    }
}
