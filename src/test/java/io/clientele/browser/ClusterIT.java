package io.clientele.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.sun.net.httpserver.HttpServer;
import io.clientele.base.IdRanges;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * Two packaged jars on one PostgreSQL database behind HAProxy (Debian's package) with cookie-sticky sessions, as
 * README's two-node example runs them. The tests run in order on the one cluster: the last one kills a node.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
// A test that hangs fails with where it waited, long before the run's own limit.
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class ClusterIT extends BrowserTestBase {
    private static final String DATABASE = "clientele_cluster_it";
    private static final String NODE_COOKIE = "CLIENTELE_NODE";
    private static final int CHUNK = 1000;
    private static final Pattern PROGRESS = Pattern.compile("([\\d,]+) of ([\\d,]+)");
    private static final Pattern RUN =
            Pattern.compile("\"@timestamp\":\"([^\"]+)\".*\"message\":\"Scheduled job ([a-z-]+) ran\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private Jar a;
    private Jar b;
    private Process haproxy;
    private String databaseUrl;
    private String user;
    private String password;
    private Instant bothUp;

    @Override
    protected void startApp() throws Exception {
        Path balancer =
                required("haproxy", onPath("haproxy") != null ? onPath("haproxy") : Path.of("/usr/sbin/haproxy"));
        String server = System.getenv("CLIENTELE_TEST_POSTGRES_URL");
        required("CLIENTELE_TEST_POSTGRES_URL", server == null ? null : Path.of("/"));
        user = System.getenv().getOrDefault("CLIENTELE_TEST_POSTGRES_USER", "postgres");
        password = System.getenv().getOrDefault("CLIENTELE_TEST_POSTGRES_PASSWORD", "postgres");
        databaseUrl = server.substring(0, server.lastIndexOf('/') + 1) + DATABASE;
        try (Connection c = DriverManager.getConnection(server, user, password);
                Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            st.execute("CREATE DATABASE " + DATABASE);
        }

        int front = Jar.freePort();
        base = "http://127.0.0.1:" + front;
        a = new Jar(Files.createDirectories(appDir.resolve("a")), "127.0.0.1", Jar.freePort());
        b = new Jar(Files.createDirectories(appDir.resolve("b")), "127.0.0.1", Jar.freePort());
        // The first node migrates the schema and loads the demo; the second finds both there.
        a.start("app.log", nodeArguments(), "Demo data loaded");
        b.start("app.log", nodeArguments(), "Demo data already present");
        bothUp = Instant.now();

        // README's example configuration, as docker-compose.cluster.yml uses it.
        ProcessBuilder lb = new ProcessBuilder(balancer.toString(), "-f", "deploy/haproxy.cfg", "-db");
        lb.environment().put("FRONT", "127.0.0.1:" + front);
        lb.environment().put("NODE_A", "127.0.0.1:" + a.port());
        lb.environment().put("NODE_B", "127.0.0.1:" + b.port());
        haproxy = lb.redirectErrorStream(true)
                .redirectOutput(appDir.resolve("haproxy.log").toFile())
                .start();
        // Round robin without a cookie: both nodes answer through the balancer once its checks pass.
        Set<String> seen = new HashSet<>();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            try {
                HttpResponse<Void> r = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.discarding());
                r.headers().allValues("Set-Cookie").stream()
                        .filter(c -> c.startsWith(NODE_COOKIE + "="))
                        .forEach(c -> seen.add(c.substring(NODE_COOKIE.length() + 1, NODE_COOKIE.length() + 2)));
            } catch (IOException notYet) {
                // HAProxy is still starting.
            }
            return seen.size() == 2;
        });
    }

    private List<String> nodeArguments() {
        String often = "*/10 * * * * *";
        return List.of(
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--clientele.base-url=" + base,
                "--demo",
                // Enough rows that a bulk job is still running when its node is killed.
                "--clientele.demo-customers=30000",
                // One key for every node, so a remembered browser is known to each.
                "--clientele.security.remember-me-key=cluster-it-remember-me-key",
                // The nightly and minutely jobs every ten seconds, so a minute shows several schedules.
                "--clientele.duplicate-scan-cron=" + often,
                "--clientele.trash-retention-cron=" + often,
                "--clientele.support-expiry-cron=" + often,
                "--clientele.next-visits-cron=" + often,
                // Under the ten seconds between schedules, so each of them runs (once).
                "--clientele.cluster.clock-skew=PT5S",
                // The test's webhook receiver listens on 127.0.0.1.
                "--clientele.webhooks.allow-private-addresses=true",
                "--logging.level.io.clientele.impersonation.ImpersonationService=DEBUG",
                "--logging.level.io.clientele.booking.NextVisits=DEBUG");
    }

    /**
     * Every schedule fires on both nodes at the same second; ShedLock lets one of them run it. Without the lock the
     * two runs of one tick are milliseconds apart, which this test refuses.
     */
    @Test
    @Order(1)
    void eachScheduledJobRunsOnOneNodePerSchedule() {
        List<String> jobs = List.of("duplicate-scan", "trash-retention", "support-expiry", "next-visits");
        Awaitility.await()
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> jobs.stream().allMatch(job -> runs(job).size() >= 3));
        for (String job : jobs) {
            List<Instant> runs = runs(job);
            System.out.printf("Scheduled job %s ran at %s%n", job, runs);
            for (int i = 1; i < runs.size(); i++) {
                Duration gap = Duration.between(runs.get(i - 1), runs.get(i));
                assertTrue(gap.toSeconds() >= 5, job + " ran twice for one schedule: " + runs);
            }
        }
    }

    /** The runs of {@code job} on both nodes since both were up, in order. */
    private List<Instant> runs(String job) {
        List<Instant> runs = new ArrayList<>();
        for (Jar node : List.of(a, b)) {
            for (String line : lines(node.json())) {
                Matcher m = RUN.matcher(line);
                if (m.find() && m.group(2).equals(job)) {
                    Instant at = Instant.parse(m.group(1));
                    if (!at.isBefore(bothUp)) runs.add(at);
                }
            }
        }
        runs.sort(null);
        return runs;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 121 calls of one key in a minute, every other one to the other node: the 121st is refused. */
    @Test
    @Order(2)
    void anApiKeysRateLimitHoldsAcrossTheNodes() throws Exception {
        String key = newApiKey();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 121; i++) {
            Jar node = i % 2 == 0 ? a : b;
            statuses.add(http.send(
                            HttpRequest.newBuilder(URI.create(node.base() + "/api/v1/customers?size=1"))
                                    .header("Authorization", "Bearer " + key)
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode());
        }
        assertEquals(List.of(200), statuses.subList(0, 120).stream().distinct().toList(), statuses.toString());
        assertEquals(429, statuses.get(120));
    }

    /** A staff member signed in on both nodes is deactivated on one: both sessions end at their next request. */
    @Test
    @Order(3)
    void aDeactivatedLoginsSessionsEndOnBothNodes() throws Exception {
        List<Page> signedIn = signInOnEachNode("viewer@nordlys.demo", "/customers");
        login("owner@nordlys.demo", PASSWORD);
        page.waitForURL("**/customers**");
        page.navigate(base + "/settings/staff?q=viewer%40nordlys.demo");
        // The demo's owner reads Norwegian.
        assertThat(page.locator("#showing")).hasText("Viser 1–1 av 1 resultat");
        rowAction("Deaktiver");
        page.locator("vaadin-button[slot=confirm-button]").click();
        assertThat(page.locator("#staff")).containsText("Deaktivert");
        signedOut(signedIn, "/customers");
    }

    /** "Sign out all sessions" on a customer's login ends the portal sessions on both nodes. */
    @Test
    @Order(4)
    void signingOutEverywhereEndsThePortalSessionsOnBothNodes() throws Exception {
        String customer = query("SELECT u.email FROM user_account u JOIN customer c ON c.user_account_id = u.id"
                + " JOIN tenant t ON t.id = u.tenant_id WHERE t.name = 'Nordlys Helse'"
                + " AND u.portal_role = 'CUSTOMER' AND u.enabled AND c.status = 'ACTIVE' ORDER BY u.id LIMIT 1");
        List<Page> signedIn = signInOnEachNode(customer, "/portal");
        login("admin@nordlys.demo", PASSWORD);
        page.waitForURL("**/customers**");
        page.navigate(base + "/app-users?q=" + customer.replace("@", "%40"));
        assertThat(page.locator("#showing")).hasText("Showing 1–1 of 1 result");
        page.locator(".row-icon-details").first().click();
        page.locator("#sign-out-all").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("Signed out");
        signedOut(signedIn, "/portal");
    }

    /**
     * A console session pinned to one node works on while the other restarts; a bulk job runs on the pinned node,
     * which is then killed: the other node fails the job within a minute with whole chunks done, and the person
     * signs in again there and finds what they saved.
     */
    @Test
    @Order(5)
    void aNodesDeathLeavesWholeChunksAFailedJobAndEverythingSaved() throws Exception {
        login("admin@nordlys.demo", PASSWORD);
        page.waitForURL("**/customers**");
        Jar pinned = pinnedNode(context);
        Jar other = pinned == a ? b : a;
        Map<String, Integer> received = new ConcurrentHashMap<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            received.merge(exchange.getRequestHeaders().getFirst("webhook-id"), 1, Integer::sum);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        page.navigate(base + "/settings/webhooks");
        page.locator("#new-webhook").click();
        String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        page.locator("#webhook-url input").fill(hook);
        page.locator("#webhook-events vaadin-checkbox")
                .filter(new Locator.FilterOptions().setHasText("customer.blocked"))
                .click();
        page.locator("#save-webhook").click();
        assertThat(page.locator("#webhooks")).containsText("/hook");

        other.stop();
        page.navigate(base + "/customers?sort=name,asc");
        page.locator("#customer-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("@")))
                .first()
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/customers/\\d+$"));
        String record = page.url().replaceAll(".*/customers/", "/customers/");
        page.locator("#block-profile").getByLabel("Last name").fill("Klyngetest");
        page.locator("#save-profile").click();
        assertThat(page.locator("#detail-title")).containsText("Klyngetest");
        other.start("app-restarted.log", nodeArguments(), "Demo data already present");
        assertEquals(pinned, pinnedNode(context), "the session stayed on its node");

        page.navigate(base + "/customers");
        page.locator("#selectAllCheckbox").first().click();
        page.locator("#select-all-matching").click();
        page.locator("#bulk-block").click();
        page.locator("vaadin-button[slot=confirm-button]").click();
        Locator progress = page.locator("#job-progress-text");
        page.waitForCondition(() -> done(progress.textContent()) >= CHUNK);
        long job;
        try (Connection db = DriverManager.getConnection(databaseUrl, user, password);
                Statement st = db.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT id, node FROM bulk_job WHERE kind = 'CUSTOMERS_BLOCKED' AND status = 'RUNNING'")) {
            assertTrue(rs.next(), "the job is running");
            job = rs.getLong("id");
            assertTrue(rs.getString("node").startsWith(pinned.pid() + "@"), "the job runs on the session's node");
        }

        // Both nodes' workers deliver the job's events meanwhile: each once.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> received.size() >= 300);
        Map<String, Integer> beforeKill = Map.copyOf(received);
        assertEquals(Set.of(1), Set.copyOf(beforeKill.values()), "each webhook event delivered once: " + beforeKill);
        assertTrue(done(progress.textContent()) < 28_000, "the job still runs when its node is killed");

        pinned.kill();
        long killed = System.nanoTime();
        long[] row = new long[3];
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    try (Connection db = DriverManager.getConnection(databaseUrl, user, password);
                            Statement st = db.createStatement();
                            ResultSet rs = st.executeQuery(
                                    "SELECT status, done, total, affected FROM bulk_job WHERE id = " + job)) {
                        rs.next();
                        row[0] = rs.getLong("done");
                        row[1] = rs.getLong("total");
                        row[2] = rs.getLong("affected");
                        return rs.getString("status").equals("FAILED");
                    }
                });
        System.out.printf(
                "The killed node's job was failed by the other node %.1f s later, at %,d of %,d rows%n",
                (System.nanoTime() - killed) / 1e9, row[0], row[1]);
        assertTrue(row[0] >= CHUNK && row[0] < row[1], "killed mid-way: " + row[0] + " of " + row[1]);
        assertEquals(0, row[0] % CHUNK, "only whole chunks are committed");
        try (Connection db = DriverManager.getConnection(databaseUrl, user, password);
                Statement st = db.createStatement()) {
            String ranges;
            try (ResultSet rs = st.executeQuery("SELECT affected_ids FROM bulk_job WHERE id = " + job)) {
                rs.next();
                ranges = rs.getString(1);
            }
            IdRanges blocked = new IdRanges();
            try (ResultSet rs =
                    st.executeQuery("SELECT id FROM customer WHERE status_before_block IS NOT NULL ORDER BY id")) {
                while (rs.next()) blocked.add(List.of(rs.getLong(1)));
            }
            assertEquals(ranges, blocked.toString(), "the customers blocked are exactly those the job row names");
        }

        // The balancer sends the pinned session to the node that is left, which does not know it: sign in again.
        page.navigate(base + record);
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        login("admin@nordlys.demo", PASSWORD);
        page.waitForURL("**/customers**");
        assertEquals(other, pinnedNode(context));
        page.navigate(base + record);
        assertThat(page.locator("#detail-title")).containsText("Klyngetest");
        // The node that is left goes on delivering; what the database calls delivered has arrived. (What the dead
        // node had leased goes out again when its lease runs out, with the same webhook-id.)
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> received.size() > beforeKill.size()
                        && Set.copyOf(received.keySet())
                                .containsAll(list("SELECT d.message_id FROM webhook_delivery d JOIN webhook_endpoint e"
                                        + " ON e.id = d.endpoint_id WHERE d.status = 'DELIVERED' AND e.url = '" + hook
                                        + "'")));
        System.out.printf(
                "Webhook deliveries received: %,d before the kill, %,d after%n", beforeKill.size(), received.size());
        receiver.stop(0);
        page.navigate(base + "/settings/audit-log");
        page.locator("#audit-search input").fill("Interrupted");
        assertThat(page.locator("#audit-grid"))
                .containsText(String.format(
                        Locale.UK, "Blocked %,d of %,d customers (interrupted by a restart)", row[0], row[1]));
    }

    private String query(String sql) {
        return list(sql).getFirst();
    }

    private List<String> list(String sql) {
        try (Connection db = DriverManager.getConnection(databaseUrl, user, password);
                Statement st = db.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) values.add(rs.getString(1));
            return values;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signs {@code email} in on each node directly, each in its own browser, and opens {@code path} there. */
    private List<Page> signInOnEachNode(String email, String path) {
        List<Page> pages = new ArrayList<>();
        for (Jar node : List.of(a, b)) {
            BrowserContext own = browser().newContext();
            own.setDefaultTimeout(20_000);
            Page p = own.newPage();
            p.navigate(node.base() + "/login");
            p.locator("input[name=username]").fill(email);
            p.locator("input[name=password]").fill(PASSWORD);
            p.locator("input[name=password]").press("Enter");
            p.waitForURL(Pattern.compile(".*" + path + ".*"));
            p.navigate(node.base() + path);
            assertThat(p).not().hasURL(Pattern.compile(".*/login.*"));
            pages.add(p);
        }
        return pages;
    }

    /**
     * Each signed-in browser asks its node for {@code path} again, with its cookies: the node sends it to the login
     * page. Asked by the browser's own request client rather than by navigating the open page, whose client may at
     * that moment reload itself on learning the session ended; two navigations racing each other left one waiting.
     */
    private void signedOut(List<Page> pages, String path) throws Exception {
        for (Page p : pages) {
            String node = p.url().replaceAll("(https?://[^/]+).*", "$1");
            com.microsoft.playwright.APIResponse answer;
            try {
                // A minute: on two busy cores a node under the first test's schedules can be slow to answer.
                answer = p.context()
                        .request()
                        .get(
                                node + path,
                                com.microsoft.playwright.options.RequestOptions.create()
                                        .setTimeout(60_000));
            } catch (com.microsoft.playwright.PlaywrightException e) {
                // A node that does not answer: what its request handlers wait for goes with the failure.
                StringBuilder busy = new StringBuilder(node + " did not answer " + path + ".\n");
                for (Jar j : List.of(a, b)) {
                    busy.append("Request threads of the node on port ")
                            .append(j.port())
                            .append(":\n")
                            .append(j.busyRequestThreads())
                            .append("Its log's last warnings:\n")
                            .append(j.warnings());
                }
                throw new AssertionError(busy.toString(), e);
            }
            assertEquals(200, answer.status(), answer.url());
            assertTrue(answer.url().matches(".*/login.*"), node + path + " led to " + answer.url());
            // The page is left open for the class's browser to close: while its client still reacts to the ended
            // session, closing its own browser once waited for ever, and leaving it for a blank page timed out.
        }
    }

    /** The node HAProxy's cookie pins this browser to. */
    private Jar pinnedNode(BrowserContext browser) {
        String node = browser.cookies().stream()
                .filter(c -> c.name.equals(NODE_COOKIE))
                .map((Cookie c) -> c.value)
                .findFirst()
                .orElseThrow();
        return node.equals("a") ? a : b;
    }

    private static int done(String text) {
        Matcher m = PROGRESS.matcher(text == null ? "" : text);
        return m.find() ? Integer.parseInt(m.group(1).replace(",", "")) : 0;
    }

    /** What the layer needs: on CI its absence fails the build; elsewhere the class skips with the reason. */
    private static Path required(String what, Path found) {
        if (found == null || !Files.exists(found)) {
            String reason = what + " is needed for the two-node test (PostgreSQL URL; Debian package haproxy)";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(reason);
            }
            Assumptions.abort(reason);
        }
        return found;
    }

    @AfterAll
    void stopCluster() throws InterruptedException {
        if (haproxy != null) haproxy.destroy();
        for (Jar node : new Jar[] {a, b}) {
            if (node != null && node.alive()) node.stop();
        }
    }
}
