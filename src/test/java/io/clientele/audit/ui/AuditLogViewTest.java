package io.clientele.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.QueryParameters;
import io.clientele.KaribuTest;
import io.clientele.audit.AuditEvent;
import io.clientele.audit.AuditExport;
import io.clientele.audit.AuditFilter;
import io.clientele.audit.AuditService;
import io.clientele.base.DateRange;
import io.clientele.customer.TeamService;
import io.clientele.security.Role;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

class AuditLogViewTest extends KaribuTest {
    @Autowired
    TeamService teams;

    @Autowired
    AuditService audit;

    @Autowired
    AuditExport export;

    long tenant;
    long other;

    @BeforeEach
    void twoTenantsWithTeams() {
        tenant = data.tenant();
        other = data.tenant();
        login(data.staff(other, Role.OWNER));
        teams.create("Secret team of another tenant");
        login(data.staff(tenant, Role.OWNER));
        long oslo = teams.create("Oslo").getId();
        teams.create("Bergen");
        teams.rename(oslo, "Oslo sentrum");
    }

    private static List<AuditEvent> rows(AuditLogView view) {
        var grid = view.paged().getGrid();
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._get(grid, i))
                .toList();
    }

    @Test
    void anAdminSeesOnlyTheTenantsTrailNewestFirstAndFiltersFromTheUrl() {
        login(data.staff(tenant, Role.ADMIN));
        UI.getCurrent().navigate("settings/audit-log");
        AuditLogView view = _get(AuditLogView.class);
        assertThat(rows(view))
                .extracting(AuditEvent::getSummary)
                .contains("Renamed team Oslo to Oslo sentrum", "Created team Bergen")
                .noneMatch(s -> s.contains("another tenant"));
        assertThat(rows(view).getFirst().getAction()).isEqualTo("TEAM_RENAMED");
        // Stored as the action and its values, read in each reader's language.
        Locale nb = Locale.forLanguageTag("nb");
        assertThat(rows(view).getFirst().actionLabel(nb)).isEqualTo("Team omdøpt");
        assertThat(rows(view).getFirst().summary(nb)).isEqualTo("Omdøpte teamet Oslo til Oslo sentrum");
        assertThat(rows(view).getFirst().summary(Locale.UK)).isEqualTo("Renamed team Oslo to Oslo sentrum");

        UI.getCurrent().navigate("settings/audit-log", QueryParameters.of("action", "TEAM_CREATED"));
        view = _get(AuditLogView.class);
        assertThat(rows(view))
                .extracting(AuditEvent::getSummary)
                .containsExactly("Created team Bergen", "Created team Oslo");

        // A row shows what changed, before → after.
        UI.getCurrent().navigate("settings/audit-log", QueryParameters.of("action", "TEAM_RENAMED"));
        view = _get(AuditLogView.class);
        GridKt._clickItem(view.paged().getGrid(), 0, view.paged().getGrid().getColumnByKey("actor"));
        assertThat(_find(Pre.class)).extracting(Pre::getText).containsExactly("name: Oslo", "name: Oslo sentrum");
    }

    /** Summaries are stored in English; a Norwegian reader's own words find the events by their action. */
    @Test
    void aSearchInTheReadersLanguageFindsEventsByTheirAction() {
        login(data.staff(tenant, Role.ADMIN));
        Locale nb = Locale.forLanguageTag("nb");
        assertThat(audit.list(search("omdøpt", nb), PageRequest.of(0, 50)))
                .extracting(AuditEvent::getAction)
                .containsExactly("TEAM_RENAMED");
        assertThat(audit.list(search("opprettet teamet", nb), PageRequest.of(0, 50)))
                .extracting(AuditEvent::getSummary)
                .containsExactlyInAnyOrder("Created team Bergen", "Created team Oslo");
        assertThat(audit.list(search("Bergen", nb), PageRequest.of(0, 50)))
                .extracting(AuditEvent::getSummary)
                .containsExactly("Created team Bergen");
        assertThat(audit.count(search("omdøpt", Locale.UK)))
                .as("English words for English readers")
                .isZero();
    }

    private static AuditFilter search(String text, Locale reader) {
        return new AuditFilter(text, "", "", "", "", DateRange.ANY, ZoneId.of("UTC"), false, reader);
    }

    @Test
    void theCsvHoldsWhatTheFilterShowsAndTheDownloadIsAudited() throws Exception {
        login(data.staff(tenant, Role.ADMIN));
        AuditFilter renames = new AuditFilter(
                "", "", "", "TEAM_RENAMED", "", DateRange.ANY, ZoneId.of("Europe/Oslo"), true, Locale.UK);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(export.write(out, renames, Locale.forLanguageTag("nb"), ZoneId.of("Europe/Oslo")))
                .isEqualTo(1);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> records = CSVParser.parse(new StringReader(text.substring(1)), CSVFormat.RFC4180)
                .getRecords();
        assertThat(records.getFirst().toList()).startsWith("Tid", "Leietaker-id", "Utført av");
        assertThat(records).hasSize(2);
        assertThat(records.get(1).get(4)).isEqualTo("TEAM_RENAMED");
        assertThat(records.get(1).get(8)).isEqualTo("name: Oslo");

        // "All tenants" is for platform operators only: an ADMIN still gets just the own tenant.
        AuditFilter everything =
                new AuditFilter("", "", "", "", "", DateRange.ANY, ZoneId.systemDefault(), true, Locale.UK);
        assertThat(audit.list(everything, PageRequest.of(0, 50)))
                .allMatch(e -> e.getTenantId() == tenant)
                .anyMatch(
                        e -> e.getAction().equals("EXPORTED") && e.getSummary().equals("Exported 1 row (AUDIT_EVENT)"));
    }

    @Test
    void supportCannotReadTheTrail() {
        login(data.staff(tenant, Role.SUPPORT));
        UI.getCurrent().navigate("settings/audit-log");
        assertThat(_get(io.clientele.base.ui.AccessDeniedView.class).getPageTitle())
                .isEqualTo("No access · Clientele");
        assertThat(_find(AuditLogView.class)).isEmpty();
        assertThatThrownBy(() -> audit.count(AuditFilter.empty())).isInstanceOf(AccessDeniedException.class);
    }
}
