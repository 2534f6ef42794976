package io.clientele.browser;

import com.microsoft.playwright.*;
import org.junit.jupiter.api.*;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the packaged production jar with demo data on the embedded database and drives it with
 * Debian's Chromium, as a person would. On CI a missing browser fails; elsewhere it skips with a reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomersBrowserIT {
    private static final String PASSWORD = "Clientele-demo-2026";
    private Process app;
    private String base;
    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;
    private Page page;

    @BeforeAll
    void startJarAndBrowser() throws Exception {
        Path chromium = chromium();
        Path jar = Path.of(System.getProperty("clientele.jar", "target/clientele.jar"));
        assertTrue(Files.exists(jar), "Packaged jar missing: " + jar);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path dir = Files.createTempDirectory("clientele-it");
        Path log = dir.resolve("app.log");
        long started = System.nanoTime();
        app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toAbsolutePath().toString(), "--demo", "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db"))
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        base = "http://127.0.0.1:" + port;
        waitUntilUp(log);
        System.out.printf("Clientele jar answered after %.1f s (with demo data)%n", (System.nanoTime() - started) / 1e9);

        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @BeforeEach
    void freshSession() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900).setLocale("en-GB"));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
    }

    @AfterEach
    void closeSession() {
        context.close();
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
        if (app != null) app.destroy();
    }

    private void login(String email, String password) {
        page.navigate(base + "/login");
        page.locator("input[name=username]").fill(email);
        page.locator("input[name=password]").fill(password);
        page.locator("input[name=password]").press("Enter");
    }

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
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        page.goBack();
        assertThat(page).hasURL(Pattern.compile(".*status=PENDING.*"));
        assertThat(page.locator("#card-pending")).hasClass(Pattern.compile(".*selected.*"));
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

    private void waitUntilUp(Path log) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("Jar exited:\n" + Files.readString(log));
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200 && Files.readString(log).contains("Demo data")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Jar did not start in time:\n" + Files.readString(log));
    }

    private static Path chromium() {
        String configured = System.getenv("CHROMIUM");
        Path found = configured != null ? Path.of(configured) : onPath("chromium");
        if (found == null || !Files.isExecutable(found)) {
            String reason = "Debian's chromium not found (set CHROMIUM or install package chromium)";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(reason);
            }
            System.out.println("Skipping browser tests: " + reason);
            Assumptions.abort(reason);
        }
        return found;
    }

    private static Path onPath(String exe) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path p = Path.of(dir, exe);
            if (Files.isExecutable(p)) return p;
        }
        return null;
    }
}
