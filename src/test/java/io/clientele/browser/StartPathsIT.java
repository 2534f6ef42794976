package io.clientele.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The packaged jar started the ways README documents, as a new operator would start it. */
class StartPathsIT {
    private final Path jar = Path.of(System.getProperty("clientele.jar", "target/clientele.jar"));

    private Process start(Path dir, List<String> args, String... env) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toAbsolutePath().toString()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.log").toFile());
        for (int i = 0; i < env.length; i += 2) {
            pb.environment().put(env[i], env[i + 1]);
        }
        return pb.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void anAdminPasswordThatBreaksThePolicyStopsTheFirstStartWithOneClearLine() throws Exception {
        Path dir = Files.createTempDirectory("clientele-start");
        Process app = start(
                dir,
                List.of("--server.port=" + freePort(), "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db")),
                "CLIENTELE_ADMIN_EMAIL",
                "ops@example.no",
                "CLIENTELE_ADMIN_PASSWORD",
                "ops@example.no-2026");
        assertThat(app.waitFor(180, TimeUnit.SECONDS))
                .as("the jar stops by itself")
                .isTrue();
        String out = Files.readString(dir.resolve("out.log"));
        assertThat(app.exitValue()).as(out).isNotZero();
        assertThat(out)
                .contains("CLIENTELE_ADMIN_PASSWORD is not accepted: The password must not contain your email address")
                .contains("Change CLIENTELE_ADMIN_PASSWORD and start again.")
                .doesNotContain("\tat ")
                .doesNotContain("password.contains-email");
    }

    /** Demo data on PostgreSQL (README's second documented path): the jar loads it and keeps serving. */
    @Test
    void demoDataOnPostgresqlLoadsAndTheJarKeepsServing() throws Exception {
        String url = System.getenv("CLIENTELE_TEST_POSTGRES_URL");
        if (url == null) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI must set CLIENTELE_TEST_POSTGRES_URL");
            }
            Assumptions.abort("No PostgreSQL configured (CLIENTELE_TEST_POSTGRES_URL)");
        }
        String user = System.getenv().getOrDefault("CLIENTELE_TEST_POSTGRES_USER", "postgres");
        String password = System.getenv().getOrDefault("CLIENTELE_TEST_POSTGRES_PASSWORD", "");
        String demoUrl = url.substring(0, url.lastIndexOf('/') + 1) + "clientele_demo_it";
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS clientele_demo_it");
            s.execute("CREATE DATABASE clientele_demo_it");
        }
        Path dir = Files.createTempDirectory("clientele-pg-demo");
        int port = freePort();
        Process app = start(
                dir,
                List.of("--demo", "--server.port=" + port),
                "SPRING_DATASOURCE_URL",
                demoUrl,
                "SPRING_DATASOURCE_USERNAME",
                user,
                "SPRING_DATASOURCE_PASSWORD",
                password);
        try {
            Path log = dir.resolve("out.log");
            try {
                org.awaitility.Awaitility.await()
                        .atMost(Duration.ofSeconds(240))
                        .pollInterval(Duration.ofMillis(500))
                        .until(() -> !app.isAlive() || Files.readString(log).contains("Demo data loaded"));
            } catch (org.awaitility.core.ConditionTimeoutException slow) {
                // The assertion below shows the log.
            }
            assertThat(Files.readString(log)).contains("Demo data loaded");
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> login = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(app.isAlive()).as(Files.readString(log)).isTrue();
            assertThat(Files.readString(log)).doesNotContain("Application run failed");
        } finally {
            app.destroy();
            app.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
