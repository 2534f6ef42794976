package io.clientele.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What any HTTP client sees of the packaged jar before logging in: security headers on the console's own pages
 * (served by Vaadin), the session cookie's flags, open health probes for load balancers, closed metrics.
 */
class HttpHardeningIT extends BrowserTestBase {
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theLoginPageCarriesTheSecurityHeadersAndAHardenedSessionCookie() throws Exception {
        HttpResponse<String> login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        var h = login.headers();
        assertThat(h.firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp ->
                        assertThat(csp).contains("frame-ancestors 'none'", "object-src 'none'", "default-src 'self'"));
        assertThat(h.allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(h.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(h.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(h.firstValue("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        assertThat(h.allValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement()
                .satisfies(c -> assertThat(c).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void healthIsOpenWithTheDatabaseInReadinessAndMetricsAreNot() throws Exception {
        HttpResponse<String> ready = get("/actuator/health/readiness");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        // No mail server runs beside the test jar: reported as the mail component's own state, not the app DOWN.
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");

        HttpResponse<String> metrics = get("/actuator/metrics");
        assertThat(metrics.statusCode()).isIn(302, 401, 403);
        assertThat(metrics.body()).doesNotContain("jvm.memory");
    }

    private String sessionId(BrowserContext c) {
        return c.cookies(base).stream()
                .filter(k -> k.name.equals("JSESSIONID"))
                .map(k -> k.value)
                .findFirst()
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
        assertThat(lines)
                .anySatisfy(l ->
                        assertThat(json.readTree(l).path("message").asString()).startsWith("Started "));
    }

    private HttpResponse<String> api(String method, String path, String key, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(
                        method,
                        method.equals("POST") || method.equals("PUT")
                                ? HttpRequest.BodyPublishers.ofString("firstName=Kari")
                                : HttpRequest.BodyPublishers.noBody());
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Errors Spring MVC or the server raise outside a controller were forwarded to /error, which the console's chain
     * answered with a redirect to its login page; every one is now a problem document with its status.
     */
    @Test
    void everyApiErrorIsAProblemDocumentNeverTheConsolesLoginPage() throws Exception {
        String key = newApiKey();
        record Case(String method, String path, String[] headers, int status) {}
        List<Case> cases = List.of(
                new Case("GET", "/api/v1/customers?page=2147483647", new String[0], 422),
                new Case("GET", "/api/v1/customers?page=-1", new String[0], 422),
                new Case("GET", "/api/v1/customers?size=0", new String[0], 422),
                new Case("GET", "/api/v1/customers?page=abc", new String[0], 400),
                new Case(
                        "POST",
                        "/api/v1/customers",
                        new String[] {"Content-Type", "application/x-www-form-urlencoded"},
                        415),
                new Case("PUT", "/api/v1/customers", new String[] {"Content-Type", "application/json"}, 405),
                new Case("GET", "/api/v1/customers", new String[] {"Accept", "application/xml"}, 406),
                new Case("GET", "/api/v1/customer", new String[0], 404),
                new Case("GET", "/api/v1/customers/999999999", new String[0], 404));
        for (Case c : cases) {
            HttpResponse<String> r = api(c.method(), c.path(), key, c.headers());
            String what = c.method() + " " + c.path() + " -> " + r.statusCode() + " " + r.body();
            assertThat(r.statusCode()).as(what).isEqualTo(c.status());
            assertThat(r.headers().firstValue("Content-Type"))
                    .as(what)
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(JsonMapper.builder()
                            .build()
                            .readTree(r.body())
                            .path("status")
                            .asInt())
                    .as(what)
                    .isEqualTo(c.status());
            assertThat(r.headers().firstValue("Content-Security-Policy"))
                    .as(what)
                    .isPresent();
            assertThat(r.headers().firstValue("Referrer-Policy")).as(what).hasValue("strict-origin-when-cross-origin");
        }
        // Without a key every operation, known or not, is a 401 problem, whatever the method.
        for (String[] c : new String[][] {
            {"GET", "/api/v1/customer"},
            {"PUT", "/api/v1/customers"},
            {"DELETE", "/api/v1/customers/1"},
            {"GET", "/api/v1/customers?page=-1"}
        }) {
            HttpResponse<String> r = api(c[0], c[1], null);
            assertThat(r.statusCode()).as(c[0] + " " + c[1]).isEqualTo(401);
            assertThat(r.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        }
        // Refused by Tomcat itself before the application sees it: still a problem document.
        try (java.net.Socket socket =
                new java.net.Socket("127.0.0.1", URI.create(base).getPort())) {
            socket.getOutputStream()
                    .write(("GET /api/v1/customers HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer a"
                                    + "\u0001b\r\nConnection: close\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            String raw = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(raw)
                    .startsWith("HTTP/1.1 400")
                    .containsIgnoringCase("Content-Type: application/problem+json")
                    .contains("\"status\":400")
                    .doesNotContain("<html");
        }
        // The API's browser opens without a key (it answered 401 after its redirect).
        HttpResponse<String> docs = api("GET", "/api/docs", null);
        String ui = docs.headers().firstValue("Location").orElse("/api/docs");
        HttpResponse<String> browser =
                api("GET", ui.startsWith("http") ? URI.create(ui).getRawPath() : ui, null);
        assertThat(browser.statusCode()).as(ui).isEqualTo(200);
        assertThat(browser.body()).containsIgnoringCase("swagger");
        // Nothing was stored by the refused writes.
        assertThat(api("GET", "/api/v1/customers?q=Kari%20Contract", key).body())
                .contains("\"total\":0");
    }

    /**
     * Generated bad input against every operation the served document lists (seeded, so a failure repeats): wrong
     * methods, out-of-range and wrong-typed numbers, bodies of the wrong JSON types, foreign media types and
     * malformed headers. No answer is a server error or a redirect, every refusal is a problem document with its
     * status, and nothing is stored.
     */
    @Test
    void generatedBadInputToEveryOperationIsRefusedWithAProblemAndChangesNothing() throws Exception {
        // Two keys take turns, so every operation is fuzzed inside a key's 120 requests a minute; the count has its
        // own.
        String[] keys = {newApiKey(), anotherApiKey()};
        String counter = anotherApiKey();
        JsonMapper json = JsonMapper.builder().build();
        JsonNode doc = json.readTree(api("GET", "/api/openapi", null).body());
        long before = json.readTree(api("GET", "/api/v1/customers?includeDeleted=true&size=1", counter)
                        .body())
                .path("total")
                .asLong();
        java.util.Random random = new java.util.Random(20261204L);
        String[] methods = {"GET", "POST", "PUT", "PATCH", "DELETE"};
        String[] ids = {"abc", "-1", "0", "99999999999999999999", "1.5", "%00"};
        String[] numbers = {"-1", "0", "201", "2147483647", "-2147483648", "99999999999", "abc", "1e3", ""};
        String[] bodies = {
            "{\"lastName\":false}",
            "{\"firstName\":42,\"email\":\"x@example.no\"}",
            "[]",
            "\"text\"",
            "{\"type\":\"ROBOT\"}",
            "{\"status\":7}",
            "{broken",
            "{\"email\":\"not-an-email\"}",
            "{\"firstName\":\"" + "x".repeat(101) + "\"}",
            "null"
        };
        String[][] headers = {
            {"Accept", "application/xml"},
            {"Accept", "text/html"},
            {"Content-Type", "text/plain"},
            {"Content-Type", "application/x-www-form-urlencoded"},
            {"If-Match", "garbage"},
            {"If-Match", "\"99999\""},
            {"Accept", "application/json"},
            {"Content-Type", "application/json"}
        };
        int sent = 0;
        for (var paths = doc.path("paths").properties().iterator(); paths.hasNext(); ) {
            String template = paths.next().getKey();
            for (int round = 0; round < 12; round++) {
                String method = methods[random.nextInt(methods.length)];
                String path = template.replaceAll("\\{[^/]+}", ids[random.nextInt(ids.length)]);
                String query = "?page=" + numbers[random.nextInt(numbers.length)] + "&size="
                        + numbers[random.nextInt(numbers.length)];
                String[] header = headers[random.nextInt(headers.length)];
                String body = bodies[random.nextInt(bodies.length)];
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path + query))
                        .header("Authorization", "Bearer " + keys[sent % 2])
                        .header(header[0], header[1])
                        .method(
                                method,
                                method.equals("GET") || method.equals("DELETE")
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(body));
                if (!header[0].equals("Content-Type") && !method.equals("GET") && !method.equals("DELETE")) {
                    b.header("Content-Type", "application/json");
                }
                HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
                String what = method + " " + path + query + " " + header[0] + ": " + header[1] + " body " + body
                        + " -> " + r.statusCode() + " " + r.body();
                assertThat(r.statusCode()).as(what).isBetween(200, 499);
                assertThat(r.statusCode() / 100).as("no redirect: " + what).isNotEqualTo(3);
                if (r.statusCode() >= 400) {
                    assertThat(r.headers().firstValue("Content-Type").orElse(""))
                            .as(what)
                            .startsWith("application/problem+json");
                    assertThat(json.readTree(r.body()).path("status").asInt())
                            .as(what)
                            .isEqualTo(r.statusCode());
                }
                sent++;
            }
        }
        assertThat(sent).isGreaterThanOrEqualTo(80);
        assertThat(json.readTree(api("GET", "/api/v1/customers?includeDeleted=true&size=1", counter)
                                .body())
                        .path("total")
                        .asLong())
                .as("nothing stored")
                .isEqualTo(before);
    }

    /**
     * A sign-in POST from another site is refused before the password is checked (login CSRF); from this site, with
     * remember-me ticked, the remember-me cookie is HttpOnly and SameSite=Lax like the session cookie.
     */
    @Test
    void signInFromAnotherSiteIsRefusedAndTheRememberMeCookieStaysOnThisSite() throws Exception {
        String form = "username=admin%40nordlys.demo&password=" + PASSWORD;
        HttpResponse<String> foreign = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login?remember-me=true"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", "https://evil.example")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("remember-me="));

        HttpResponse<String> own = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login?remember-me=true"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", base)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(own.statusCode()).isEqualTo(302);
        assertThat(own.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(own.headers().allValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith("remember-me="))
                .singleElement()
                .satisfies(c -> assertThat(c).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }
}
