package io.clientele.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import io.clientele.base.IdRanges;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A bulk Block over tens of thousands of customers is started in the browser and the jar is killed with SIGKILL
 * while it runs. The H2 file must open again, hold only whole chunks of the job (each chunk commits with the job's
 * progress), and the restarted console must show the job as failed with how far it got.
 */
class CrashSafetyIT extends BrowserTestBase {
    private static final int CHUNK = 1000;
    private static final Pattern PROGRESS = Pattern.compile("([\\d,]+) of ([\\d,]+)");

    @Override
    protected List<String> jarArguments() {
        // Enough rows that the job is still running when the test pulls the plug.
        return List.of("--clientele.demo-customers=30000");
    }

    @Test
    void aBulkJobKilledMidwayKeepsWholeChunksAndIsShownAsFailedAfterRestart() throws Exception {
        login("admin@nordlys.demo", PASSWORD);
        page.navigate(base + "/customers");
        page.locator("#selectAllCheckbox").first().click();
        page.locator("#select-all-matching").click();
        assertThat(page.locator("#selection-count"))
                .hasText(Pattern.compile("All [\\d,]+ matching customers selected"));
        page.locator("#bulk-block").click();
        page.locator("vaadin-button[slot=confirm-button]").click();

        Locator progress = page.locator("#job-progress-text");
        page.waitForCondition(() -> done(progress.textContent()) >= CHUNK);
        // H2 writes committed work to its file in the background within a second; give it that, then pull the plug.
        page.waitForTimeout(1500);
        assertTrue(progress.isVisible(), "the job is still running");
        killJar();
        int shownDone = done(progress.textContent());

        long[] job = new long[4];
        try (Connection db = DriverManager.getConnection(databaseUrl(), "sa", "");
                Statement st = db.createStatement()) {
            // Every table reads to its end: the file survived the kill.
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = 'PUBLIC' AND table_type = 'BASE TABLE'")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            assertTrue(tables.contains("CUSTOMER"), tables.toString());
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
                    assertTrue(rs.next());
                }
            }
            String ranges;
            try (ResultSet rs = st.executeQuery("SELECT id, status, done, total, affected, affected_ids, detail "
                    + "FROM bulk_job WHERE kind = 'CUSTOMERS_BLOCKED'")) {
                assertTrue(rs.next(), "the job row was committed before the work began");
                job = new long[] {rs.getLong("id"), rs.getLong("done"), rs.getLong("total"), rs.getLong("affected")};
                String status = rs.getString("status");
                String detail = rs.getString("detail");
                assertEquals(
                        "RUNNING",
                        status,
                        () -> "nothing ran after the kill to end the job; it says " + detail + "\n" + appWarnings());
                ranges = rs.getString("affected_ids");
            }
            long done = job[1];
            long total = job[2];
            System.out.printf(
                    "Killed the jar at %,d of %,d rows (the browser had shown %,d)%n", done, total, shownDone);
            assertTrue(done >= CHUNK && done < total, "killed mid-way: " + done + " of " + total);
            assertEquals(0, done % CHUNK, "only whole chunks are committed");

            // The customers Block changed are exactly those the job row names: no half chunk, nothing unrecorded.
            IdRanges blocked = new IdRanges();
            try (ResultSet rs =
                    st.executeQuery("SELECT id FROM customer WHERE status_before_block IS NOT NULL ORDER BY id")) {
                while (rs.next()) blocked.add(List.of(rs.getLong(1)));
            }
            assertEquals(ranges, blocked.toString());
            assertEquals(job[3], IdRanges.ids(ranges).size());
        }

        startJar("app-restarted.log");
        login("admin@nordlys.demo", PASSWORD);
        page.navigate(base + "/settings/audit-log");
        page.locator("#audit-search input").fill("Interrupted");
        assertThat(page.locator("#audit-grid"))
                .containsText(String.format(
                        java.util.Locale.UK,
                        "Blocked %,d of %,d customers (interrupted by a restart)",
                        job[1],
                        job[2]));
        // The console works on the recovered file: the blocked customers of the committed chunks are listed.
        page.navigate(base + "/customers?status=BLOCKED");
        assertThat(page.locator("#showing")).hasText(Pattern.compile("of [\\d,]+ results"));
        Matcher shown = PROGRESS.matcher(page.locator("#showing").textContent());
        assertTrue(shown.find());
        assertTrue(parse(shown.group(2)) >= job[3], page.locator("#showing").textContent());
    }

    /** The "12,000" of the bar's "Blocking customers 12,000 of 58,000", or 0 before the first report. */
    private static int done(String text) {
        Matcher m = PROGRESS.matcher(text == null ? "" : text);
        return m.find() ? parse(m.group(1)) : 0;
    }

    private static int parse(String number) {
        return Integer.parseInt(number.replace(",", ""));
    }
}
