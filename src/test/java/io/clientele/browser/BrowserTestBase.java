package io.clientele.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * Runs the packaged production jar with demo data on its own embedded database and drives it with
 * Debian's Chromium, as a person would. On CI a missing browser fails; elsewhere it skips with a reason.
 * Each test class gets a fresh jar, so one class's changes never shift another's expected numbers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestBase {
    protected static final String PASSWORD = "Clientele-demo-2026";
    private Jar app;
    protected String base;
    /** The jar's working directory: app.log (as people read it) and app.json (structured, one object a line). */
    protected Path appDir;

    private Playwright playwright;
    private Browser browser;
    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    void startJarAndBrowser() throws Exception {
        Path chromium = chromium();
        appDir = Files.createTempDirectory("clientele-it");
        startApp();

        playwright = Playwright.create();
        // A 2-core CI machine renders a freshly started jar's first pages slowly; 5 s is too tight there.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    @BeforeEach
    void freshSession() {
        newContext("en-GB", 1440, 900);
    }

    /** A new person at the browser: the current context (its cookies, its page) closes and a fresh one opens. */
    protected void newContext(String locale, int width, int height) {
        if (context != null) {
            context.close();
        }
        context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(width, height).setLocale(locale));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
    }

    @AfterEach
    void closeSession() {
        context.close();
        context = null;
    }

    /** The running browser, for a second person with their own cookies. */
    protected Browser browser() {
        return browser;
    }

    /** The host the browser and the jar's links use; passkeys need a domain name ("localhost"), not an address. */
    protected String host() {
        return "127.0.0.1";
    }

    /** Whether the jar loads the demo data; without it, it starts as a new operator's would. */
    protected boolean demo() {
        return true;
    }

    /** Extra command-line arguments for the jar, e.g. a bigger demo. */
    protected List<String> jarArguments() {
        return List.of();
    }

    /** What the browser talks to: one jar with its embedded database, unless a test class needs more. */
    protected void startApp() throws Exception {
        startJar("app.log");
    }

    /** Starts the jar on {@link #appDir}'s database (demo data is loaded once) and waits until it answers. */
    protected void startJar(String logName) throws Exception {
        app = new Jar(appDir, host(), Jar.freePort());
        base = app.base();
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + databaseUrl(),
                // Links in mail (invitations, resets) lead back to this jar.
                "--clientele.base-url=" + base));
        if (demo()) {
            arguments.add("--demo");
        }
        arguments.addAll(jarArguments());
        app.start(logName, arguments, demo() ? "Demo data" : "First start");
    }

    /** The jar's H2 file database; open it from the test only while the jar is not running. */
    protected String databaseUrl() {
        return "jdbc:h2:file:" + appDir.resolve("db");
    }

    /** The warnings and errors the jar has logged, for a failure message. */
    protected String appWarnings() {
        return app.warnings();
    }

    /** Ends the jar with SIGKILL, as a power cut or the OOM killer would: no shutdown hook runs. */
    protected void killJar() throws InterruptedException {
        app.kill();
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
        if (app != null) app.stop();
    }

    protected void login(String email, String password) {
        page.navigate(base + "/login");
        page.locator("input[name=username]").fill(email);
        page.locator("input[name=password]").fill(password);
        page.locator("input[name=password]").press("Enter");
    }

    /** Chooses {@code caption} in the ⋮ menu of the first row shown. */
    protected void rowAction(String caption) {
        page.locator(".row-actions:visible").first().click();
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.MENUITEM,
                        new Page.GetByRoleOptions().setName(caption).setExact(true))
                .click();
    }

    /** A key made the way an integrator makes one: Settings → API keys → New, read once from the dialog. */
    protected String newApiKey() {
        login("admin@nordlys.demo", PASSWORD);
        page.waitForURL("**/customers**");
        return anotherApiKey();
    }

    /** One more key, made by the admin {@link #newApiKey()} signed in. */
    protected String anotherApiKey() {
        page.navigate(base + "/settings/api-keys");
        page.locator("#new-api-key").click();
        page.locator("#api-key-name input").fill("Contract check");
        page.locator("#create-api-key").click();
        String key = page.locator("#api-key-secret input").inputValue();
        assertTrue(key.startsWith("clt_"), key);
        return key;
    }

    /**
     * Waits until Flow has no round trip in flight. Needed before history navigation: with @Push the
     * round trips go over a WebSocket, which Playwright's network-idle state does not see.
     */
    protected void waitForServer() {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    static Path chromium() {
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

    static Path onPath(String exe) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path p = Path.of(dir, exe);
            if (Files.isExecutable(p)) return p;
        }
        return null;
    }
}
