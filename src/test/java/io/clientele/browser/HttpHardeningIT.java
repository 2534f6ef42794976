package io.clientele.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.util.List;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What any HTTP client sees of the packaged jar before logging in: security headers on the console's own pages
 * (served by Vaadin), the session cookie's flags, open health probes for load balancers, closed metrics.
 */
class HttpHardeningIT extends BrowserTestBase {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theLoginPageCarriesTheSecurityHeadersAndAHardenedSessionCookie() throws Exception {
        HttpResponse<String> login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        var h = login.headers();
        assertThat(h.firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("frame-ancestors 'none'", "object-src 'none'", "default-src 'self'"));
        assertThat(h.allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(h.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(h.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(h.firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        assertThat(h.allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID=")).singleElement()
                .satisfies(c -> assertThat(c).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void healthIsOpenWithTheDatabaseInReadinessAndMetricsAreNot() throws Exception {
        HttpResponse<String> ready = get("/actuator/health/readiness");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);

        HttpResponse<String> metrics = get("/actuator/metrics");
        assertThat(metrics.statusCode()).isIn(302, 401, 403);
        assertThat(metrics.body()).doesNotContain("jvm.memory");
    }

    private String sessionId(BrowserContext c) {
        return c.cookies(base).stream().filter(k -> k.name.equals("JSESSIONID")).map(k -> k.value).findFirst()
                .orElseThrow();
    }

    @Test
    void loggingInIssuesANewSessionAndTheOldIdLogsNobodyIn() {
        page.navigate(base + "/login");
        String before = sessionId(context);
        login("admin@nordlys.demo", PASSWORD);
        assertThat(page.locator("#showing")).isVisible();
        String after = sessionId(context);
        assertThat(after).isNotEqualTo(before);

        // Someone who planted or kept the pre-login id gets the login form, not the admin's session.
        try (BrowserContext attacker = page.context().browser().newContext(new Browser.NewContextOptions())) {
            attacker.addCookies(List.of(new Cookie("JSESSIONID", before).setUrl(base)));
            Page p = attacker.newPage();
            p.navigate(base + "/customers");
            assertThat(p.locator("input[name=username]")).isVisible();
            assertThat(p.locator("#showing")).hasCount(0);
        }
    }

    @Test
    void theJarWritesStructuredLogsOneJsonObjectALine() throws Exception {
        List<String> lines = Files.readAllLines(appDir.resolve("app.json"));
        assertThat(lines).isNotEmpty();
        JsonMapper json = JsonMapper.builder().build();
        for (String line : lines) {
            JsonNode event = json.readTree(line);
            assertThat(event.has("@timestamp")).as(line).isTrue();
            assertThat(event.path("log").path("level").asString()).as(line).isNotEmpty();
            assertThat(event.has("message")).as(line).isTrue();
        }
        assertThat(lines).anySatisfy(l -> assertThat(json.readTree(l).path("message").asString()).startsWith("Started "));
    }
}
