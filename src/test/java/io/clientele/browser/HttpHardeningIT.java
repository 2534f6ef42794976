package io.clientele.browser;

import org.junit.jupiter.api.Test;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

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
}
