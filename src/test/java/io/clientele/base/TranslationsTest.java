package io.clientele.base;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.account.AccountAction;
import io.clientele.booking.BookingStatus;
import io.clientele.booking.Payment;
import io.clientele.customer.ConsentAnswer;
import io.clientele.customer.CustomerSource;
import io.clientele.customer.CustomerStatus;
import io.clientele.customer.CustomerType;
import io.clientele.customer.Gender;
import io.clientele.directory.AddressKind;
import io.clientele.duplicate.DuplicateService;
import io.clientele.duplicate.MergeService;
import io.clientele.impersonation.SupportSession;
import io.clientele.integration.ApiScope;
import io.clientele.messaging.MessageRecipient;
import io.clientele.security.Role;
import io.clientele.subscription.BillingEvent;
import io.clientele.subscription.BillingRule;
import io.clientele.trash.TrashService;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No raw key reaches a screen: every label the code names — literally, or built at run time from an enum, a category
 * or a column — has a text in English and in Norwegian, read through the same bundles the UI reads.
 */
public class TranslationsTest {
    private static final List<Locale> LOCALES = List.of(Locale.UK, Locale.forLanguageTag("nb"));
    /** A literal key handed to the translation provider, to Messages, or to an exception the UI translates. */
    private static final Pattern LITERAL = Pattern.compile(
            "(?:getTranslation\\(|Messages\\.text\\([^,()]+,\\s*|Exception\\(|\\.require\\([^;]*?,\\s*\"[a-zA-Z]+\",\\s*)"
                    + "\"([a-z][a-z0-9_\\-]*(?:\\.[a-zA-Z0-9_\\-]+)+)\"");

    @Test
    void everyLiteralKeyInTheCodeHasATextInBothLanguages() throws IOException {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(500);
        assertThat(missing(keys)).isEmpty();
    }

    @Test
    void everyKeyBuiltAtRunTimeHasATextInBothLanguages() throws Exception {
        Map<String, Collection<?>> built = new java.util.LinkedHashMap<>();
        built.put("customer.status.", names(CustomerStatus.values()));
        built.put("customer.type.", names(CustomerType.values()));
        built.put("gender.", names(Gender.values()));
        built.put("source.", names(CustomerSource.values()));
        built.put("role.", names(Role.values()));
        built.put("staff.state.", names(io.clientele.security.StaffService.State.values()));
        built.put("roles.feature.", featuresWithServices());
        built.put("consent.answer.", names(ConsentAnswer.values()));
        built.put("address.kind.", names(AddressKind.values()));
        built.put("booking.status.", names(BookingStatus.values()));
        built.put("payment.method.", names(Payment.Method.values()));
        built.put("payment.status.", names(Payment.Status.values()));
        built.put("message.status.", names(MessageRecipient.Status.values()));
        built.put("support.mode.", names(SupportSession.Mode.values()));
        built.put("trash.kind.", names(TrashService.Kind.values()));
        built.put("billing.kind.", names(BillingEvent.Kind.values()));
        built.put("billing.rounding.", names(BillingRule.Rounding.values()));
        built.put(
                "billing.reason.",
                Arrays.stream(BillingRule.Reason.values())
                        .map(r -> r.name().toLowerCase(Locale.ROOT))
                        .toList());
        built.put("duplicates.reason.", names(DuplicateService.Reason.values()));
        built.put("merge.field.", names(MergeService.Field.values()));
        built.put("account.action.", names(AccountAction.values()));
        List<String> accountStates = new ArrayList<>(names(CustomerStatus.values()));
        accountStates.add("DELETED");
        built.put("account.status.", accountStates);
        built.put(
                "apikey.scope.",
                Arrays.stream(ApiScope.values()).map(ApiScope::code).toList());
        built.put("webhook.event.", BusinessEvent.TYPES);
        built.put("language.", Languages.CHOICES);
        for (String prefix : List.of(
                "plans.period.", "subscription.per-period.", "portal.confirm-plan-text.", "portal.plan-minutes.")) {
            built.put(prefix, names(io.clientele.subscription.PlanPeriod.values()));
        }
        built.put("password.strength.", List.of(0, 1, 2, 3, 4));
        built.put("reset-dialog.", List.of("link", "set"));
        built.put("directory.tab.", constant("io.clientele.directory.ui.UsersView", "TABS"));
        built.put("account.csv.", constant("io.clientele.account.CustomerAccountExport", "COLUMNS"));
        built.put("audit.csv.", constant("io.clientele.audit.AuditExport", "COLUMNS"));
        built.put("customers.col.", ((Map<?, ?>) constant("io.clientele.customer.CustomerExport", "COLUMNS")).keySet());

        List<String> keys = new ArrayList<>();
        built.forEach((prefix, values) -> values.forEach(v -> keys.add(prefix + v)));
        for (String kind : (List<String>) constant("io.clientele.directory.ui.UsersView", "TABS")) {
            for (String suffix : List.of(".delete-title", ".deleted", ".new", ".search")) {
                keys.add("directory." + kind + suffix);
            }
        }
        assertThat(missing(keys)).isEmpty();
    }

    /** Every audited action has a name and a summary message in both languages, the ones named at run time too. */
    @Test
    void everyAuditedActionHasANameAndASummary() throws IOException {
        Pattern recorded = Pattern.compile("(?:record|recordSecurity)\\([^;]*?\"([A-Z][A-Z_]+)\"");
        List<String> actions = new ArrayList<>(List.of(
                "EXPORTED",
                "GROUP_CREATED",
                "GROUP_RENAMED",
                "GROUP_DELETED",
                "CONSENT_FIELD_CREATED",
                "CONSENT_FIELD_RENAMED",
                "CONSENT_FIELD_DELETED",
                "CUSTOMERS_BLOCKED",
                "CUSTOMERS_UNBLOCKED",
                "CUSTOMERS_DELETED",
                "CUSTOMERS_GROUPS_ASSIGNED",
                "MESSAGE_SENT",
                "CUSTOMERS_EXPORTED"));
        Arrays.stream(TrashService.Kind.values()).forEach(k -> actions.add(k.name() + "_PERMANENTLY_DELETED"));
        Arrays.stream(BillingEvent.Kind.values()).forEach(k -> actions.add("BILLING_" + k.name()));
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = recorded.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).endsWith("_")
                            && !Set.of(
                                            "BULK_JOB",
                                            "TENANT",
                                            "CUSTOMER",
                                            "CONTACT",
                                            "USER_ACCOUNT",
                                            "SAVED_VIEW",
                                            "WEBHOOK_ENDPOINT",
                                            "DUPLICATE_PAIR")
                                    .contains(m.group(1))) {
                        actions.add(m.group(1));
                    }
                }
            }
        }
        assertThat(actions).contains("LOGIN_SUCCEEDED", "TEAM_CREATED", "CUSTOMER_UPDATED");
        List<String> keys = new ArrayList<>();
        actions.forEach(a -> keys.addAll(List.of("audit.action." + a, "audit.summary." + a)));
        assertThat(missing(keys)).isEmpty();
    }

    /** Count messages by plural rules: given 1 wherever a number goes, no text reads "1 customers" or "1 kunder". */
    @Test
    void aCountOfOneReadsInTheSingular() throws IOException {
        Pattern pluralAfterOne =
                Pattern.compile("(?<![\\d.,])1 (\\p{L}+ )?(customers|results|days|minutes|sessions|pairs|"
                        + "accounts|contacts|companies|items|deliveries|kunder|resultater|dager|minutter|økter|kontoer|kontakter|"
                        + "selskaper|leveranser)\\b");
        List<String> wrong = new ArrayList<>();
        for (Locale locale : LOCALES) {
            java.util.Properties texts = new java.util.Properties();
            String file =
                    "/vaadin-i18n/translations" + (locale.getLanguage().equals("nb") ? "_nb" : "") + ".properties";
            try (var in = TranslationsTest.class.getResourceAsStream(file)) {
                texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            for (String key : texts.stringPropertyNames()) {
                Object[] ones = new Object[10];
                Arrays.fill(ones, 1);
                String text = new java.text.MessageFormat(texts.getProperty(key), locale).format(ones);
                if (pluralAfterOne.matcher(text).find()) {
                    wrong.add(locale.toLanguageTag() + " " + key + ": " + text);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Keys without a text in one of the languages, with the language; a text equal to its key counts as missing. */
    /** The keys without a text in English or Norwegian (also for keys only a running context knows). */
    public static List<String> missing(Collection<String> keys) {
        List<String> missing = new ArrayList<>();
        for (Locale locale : LOCALES) {
            for (String key : new TreeSet<>(keys)) {
                String text = Messages.text(locale, key);
                if (text.equals(key) || text.isBlank()) {
                    missing.add(locale.toLanguageTag() + ": " + key);
                }
            }
        }
        return missing;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    @SuppressWarnings("unchecked")
    private static <T> T constant(String className, String field) throws Exception {
        Field f = Class.forName(className).getDeclaredField(field);
        f.setAccessible(true);
        return (T) f.get(null);
    }

    /** The feature packages with a service: Settings → Roles names each by its package. */
    private static List<String> featuresWithServices() throws Exception {
        try (var files = Files.walk(Path.of("src/main/java/io/clientele"))) {
            List<String> features = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (Files.readString(f).contains("\n@Service")) {
                    features.add(f.getParent().getFileName().toString());
                }
            }
            return features.stream().distinct().toList();
        }
    }
}
