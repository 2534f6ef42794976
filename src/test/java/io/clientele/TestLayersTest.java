package io.clientele;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** On CI the PostgreSQL and browser layers must run: a missing prerequisite fails the build instead of skipping. */
class TestLayersTest {
    @Test
    void ciConfiguresPostgresAndChromium() {
        assumeTrue(
                "true".equals(System.getenv("CI")),
                "Not on CI: PostgreSQL and browser layers run only when configured");
        assertTrue(System.getenv("CLIENTELE_TEST_POSTGRES_URL") != null, "CI must set CLIENTELE_TEST_POSTGRES_URL");
        String chromium = System.getenv("CHROMIUM");
        assertTrue(
                chromium != null && Files.isExecutable(Path.of(chromium)), "CI must set CHROMIUM to Debian's chromium");
    }
}
