package io.clientele.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.base.ActionRefusedException;
import io.clientele.bulk.BulkJobService;
import io.clientele.customer.Consent;
import io.clientele.customer.ConsentService;
import io.clientele.customer.CustomerStatus;
import io.clientele.importing.ImportRun.OnDuplicate;
import io.clientele.importing.ImportRun.OnError;
import io.clientele.security.Role;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Consent columns, named as the Customers export names them: an answer, when it was given and where, recorded for
 * the consent field the header names; Undo import puts the earlier answer back, or takes the imported one away.
 */
class ConsentImportTest extends ImportTest {
    @Autowired
    ImportMappings mappings;

    @Autowired
    ConsentService consents;

    @Test
    void consentColumnsRecordAnswersWithWhenAndWhereAndUndoPutsTheEarlierOnesBack() throws Exception {
        long tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.ADMIN));
        long newsletter = consents.create("Newsletter").getId();
        long kari = data.customer(tenant, "Kari", "Nordmann", "kari@example.no", null, CustomerStatus.ACTIVE);
        Instant earlier = clock.instant().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        consents.record(kari, newsletter, true, earlier, "Web form");
        long tone = data.customer(tenant, "Tone", "Berg", "tone@example.no", null, CustomerStatus.ACTIVE);
        String csv = """
                First name,Last name,Email,Newsletter,Newsletter – answered at,Newsletter – source
                Kari,Nordmann,kari@example.no,No,2026-11-01 10:00,Phone call
                Per,Hansen,per@example.no,ja,,
                Ola,Olsen,ola@example.no,maybe,,
                Siri,Strand,siri@example.no,yes,2999-01-01 10:00,
                Lise,Li,lise@example.no,,,
                Tone,Berg,tone@example.no,Yes,,
                """;
        List<String> header = List.of(
                "First name", "Last name", "Email", "Newsletter", "Newsletter – answered at", "Newsletter – source");
        List<ImportField> mapping =
                mappings.offered(header, ImportField.Records.CUSTOMERS).fields();
        assertThat(mapping)
                .containsExactly(
                        ImportField.FIRST_NAME,
                        ImportField.LAST_NAME,
                        ImportField.EMAIL,
                        ImportField.CONSENT,
                        ImportField.CONSENT_AT,
                        ImportField.CONSENT_SOURCE);
        assertThat(mappings.offered(
                                List.of("E-post", "Newsletter – besvart", "newsletter – KILDE"),
                                ImportField.Records.CUSTOMERS)
                        .fields())
                .as("the Norwegian export's headers")
                .containsExactly(ImportField.EMAIL, ImportField.CONSENT_AT, ImportField.CONSENT_SOURCE);

        Instant started = clock.instant();
        ImportRun.Started imported = start(csv, mapping);
        BulkJobService.Progress done = imported.job().await(Duration.ofSeconds(30));

        assertThat(ImportRun.Outcome.of(done.detail())).isEqualTo(new ImportRun.Outcome(2, 2, 0, 2));
        assertThat(answer(kari, newsletter))
                .isEqualTo(new Consent(
                        false,
                        LocalDateTime.of(2026, 11, 1, 10, 0)
                                .atZone(ZoneId.systemDefault())
                                .toInstant(),
                        "Phone call"));
        long per = customers.withEmail("per@example.no").orElseThrow();
        Consent perSaid = answer(per, newsletter);
        assertThat(perSaid.granted()).isTrue();
        assertThat(perSaid.source()).isEqualTo("Import");
        assertThat(perSaid.recordedAt()).as("given when imported").isBetween(started, clock.instant());
        long lise = customers.withEmail("lise@example.no").orElseThrow();
        assertThat(answer(lise, newsletter)).as("an empty answer is no answer").isNull();
        assertThat(answer(tone, newsletter).granted()).isTrue();
        assertThat(new String(history.report(imported.importId()).orElseThrow(), StandardCharsets.UTF_8))
                .contains("“maybe” is not an answer to a consent: yes or no.")
                .contains("The answer cannot be given in the future");

        history.undo(imported.importId(), p -> {}).await(Duration.ofSeconds(30));

        assertThat(answer(kari, newsletter)).isEqualTo(new Consent(true, earlier, "Web form"));
        assertThat(answer(tone, newsletter)).as("she had not answered before").isNull();
    }

    @Test
    void aConsentColumnMustNameAConsentField() throws Exception {
        data.loginAs(data.staff(data.tenant(), Role.ADMIN));
        consents.create("Newsletter");

        assertThatThrownBy(() -> start(
                        "Email,Nyhetsbrev OK\nkari@example.no,yes\n", List.of(ImportField.EMAIL, ImportField.CONSENT)))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessage("import.consent-unnamed");
    }

    private ImportRun.Started start(String csv, List<ImportField> mapping) throws Exception {
        return start(csv, mapping, OnError.IMPORT_VALID, OnDuplicate.SKIP);
    }

    private Consent answer(long customerId, long fieldId) {
        return consents.of(List.of(customerId))
                .getOrDefault(customerId, Map.of())
                .get(fieldId);
    }
}
