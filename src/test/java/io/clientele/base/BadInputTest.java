package io.clientele.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.clientele.DatabaseTest;
import io.clientele.OidcProvider;
import io.clientele.account.AccountDraft;
import io.clientele.account.AccountTestData;
import io.clientele.account.CustomerAccountService;
import io.clientele.audit.AuditFilter;
import io.clientele.audit.AuditService;
import io.clientele.customer.ConsentService;
import io.clientele.customer.CustomerDraft;
import io.clientele.customer.CustomerFilter;
import io.clientele.customer.CustomerStatus;
import io.clientele.customer.GroupService;
import io.clientele.customer.TeamService;
import io.clientele.directory.AddressDraft;
import io.clientele.directory.AddressService;
import io.clientele.directory.ContactDraft;
import io.clientele.directory.ContactService;
import io.clientele.messaging.MessageService;
import io.clientele.organization.OrganizationDraft;
import io.clientele.organization.OrganizationService;
import io.clientele.pricesheet.PriceSheetDraft;
import io.clientele.pricesheet.PriceSheetService;
import io.clientele.security.Invitation;
import io.clientele.security.Role;
import io.clientele.security.SsoDraft;
import io.clientele.security.SsoService;
import io.clientele.security.StaffService;
import io.clientele.security.SystemAuthentication;
import io.clientele.tenant.TenantDraft;
import io.clientele.tenant.TenantLifecycle;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every form's service gets, in every text field: nothing, far too much, characters nobody types (control
 * characters, half an emoji) and values of the wrong kind. Each must be refused on that field with a message that
 * exists in English and Norwegian, with nothing stored and nothing audited. SQL, markup and unusual but real Unicode
 * are ordinary text: stored exactly as typed and read back unchanged.
 */
class BadInputTest extends DatabaseTest {
    private static final String TOO_LONG = "x".repeat(10_001);
    private static final List<String> UNTYPEABLE =
            List.of("Kari\u0000Nordmann", "Kari\u0007", "Kari\uD83D", "Kari\u001B[31m");
    private static final List<String> ORDINARY_TEXT = List.of(
            "Robert'); DROP TABLE customer;--",
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(2)>",
            "Ærlig Østby-Åsen 😀 שלום e\u0301",
            "O'Connor \"Junior\" & Sønner");
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @Autowired
    OrganizationService organizations;

    @Autowired
    ContactService contacts;

    @Autowired
    AddressService addresses;

    @Autowired
    PriceSheetService sheets;

    @Autowired
    CustomerAccountService accounts;

    @Autowired
    TeamService teams;

    @Autowired
    GroupService groups;

    @Autowired
    MessageService messages;

    @Autowired
    ConsentService consents;

    @Autowired
    AuditService audit;

    @Autowired
    StaffService staff;

    @Autowired
    TenantLifecycle lifecycle;

    @Autowired
    SsoService sso;

    @Autowired
    JdbcTemplate jdbc;

    /**
     * A form: a valid draft, how to save it (returns the id) and read it back, the table it writes, the fields it
     * cannot do without, values of the wrong kind per field, and the free-text fields that must take any text.
     */
    private record Form<D>(
            String name,
            String table,
            Supplier<D> valid,
            ToLongFunction<D> save,
            LongFunction<D> reload,
            Set<String> required,
            Map<String, List<String>> wrongKind,
            Set<String> freeText) {}

    /** A single text input saved on its own (a name dialog, a message, a consent's source). */
    private record TextInput(String name, String table, Consumer<String> save, int max, boolean required) {}

    @Test
    void everyFormRefusesBadInputOnTheFieldWithAClearMessageAndStoresNothing() {
        long tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.OWNER));
        long owner = data.customer(tenant, "Address", "Owner", null, null, CustomerStatus.ACTIVE);
        AccountTestData accountData = new AccountTestData(organizations, accounts, users);
        List<Form<?>> forms = List.of(
                new Form<CustomerDraft>(
                        "customer",
                        "customer",
                        () -> {
                            CustomerDraft d = new CustomerDraft();
                            d.setFirstName("Kari");
                            d.setEmail("kari" + UNIQUE.incrementAndGet() + "@example.no");
                            return d;
                        },
                        customers::create,
                        customers::draftOf,
                        Set.of(),
                        Map.of("email", List.of("not-an-email", "kari@@example.no"), "phone", List.of("call me maybe")),
                        Set.of("firstName", "lastName")),
                new Form<OrganizationDraft>(
                        "organization",
                        "organization",
                        () -> AccountTestData.draft("Fjord " + UNIQUE.incrementAndGet() + " AS"),
                        organizations::create,
                        organizations::draftOf,
                        Set.of("name", "orgNumber", "country"),
                        Map.of(
                                "orgNumber",
                                List.of("12AB", "123456789"),
                                "digitalAddress",
                                List.of("no colon"),
                                "postCode",
                                List.of("ABCDE"),
                                "email",
                                List.of("post@"),
                                "phone",
                                List.of("abc"),
                                "country",
                                List.of("Narnia")),
                        Set.of("name", "address", "municipality")),
                new Form<ContactDraft>(
                        "contact",
                        "contact",
                        () -> {
                            ContactDraft d = new ContactDraft();
                            d.setFirstName("Kari");
                            return d;
                        },
                        d -> contacts.createContact(d, null),
                        contacts::draftOf,
                        Set.of(),
                        Map.of("email", List.of("kari(at)example.no"), "phone", List.of("abc")),
                        Set.of("firstName", "middleName", "lastName")),
                new Form<AddressDraft>(
                        "address",
                        "address",
                        () -> {
                            AddressDraft d = new AddressDraft();
                            d.setLine1("Storgata 1");
                            d.setPostCode("0150");
                            d.setCity("Oslo");
                            d.setDefaultAddress(false);
                            return d;
                        },
                        d -> addresses.saveAddress(OwnerType.CUSTOMER, owner, null, d),
                        id -> addressDraft(owner, id),
                        Set.of("line1", "postCode", "city", "country"),
                        Map.of("postCode", List.of("ABCDE", "01500"), "country", List.of("Narnia", "XX")),
                        Set.of("line1", "line2", "city")),
                new Form<PriceSheetDraft>(
                        "price sheet",
                        "price_sheet",
                        () -> {
                            PriceSheetDraft d = new PriceSheetDraft();
                            d.setName("Sheet " + UNIQUE.incrementAndGet());
                            return d;
                        },
                        d -> sheets.save(null, d),
                        sheets::draftOf,
                        Set.of("name", "currency"),
                        Map.of("currency", List.of("kroner", "XYZ", "nok")),
                        Set.of("name")),
                new Form<AccountDraft>(
                        "customer account",
                        "customer",
                        () -> {
                            String name = "Konto " + UNIQUE.incrementAndGet() + " AS";
                            return AccountTestData.draft(
                                    accountData.organization(name),
                                    name,
                                    accountData.guest(tenant, "Admin", "Of " + name),
                                    false);
                        },
                        accounts::create,
                        accounts::draftOf,
                        Set.of(),
                        Map.of("customerNumber", List.of("12-A", "abc")),
                        Set.of()),
                new Form<Invitation>(
                        "staff invitation",
                        "user_account",
                        () -> new Invitation("invitee" + UNIQUE.incrementAndGet() + "@example.no", Role.SUPPORT),
                        d -> staff.invite(d, Locale.ENGLISH),
                        id -> new Invitation(
                                users.findInTenant(id).orElseThrow().getEmail(), Role.SUPPORT),
                        Set.of("email"),
                        Map.of("email", List.of("not-an-email", "kari@@example.no")),
                        Set.of()),
                new Form<TenantDraft>(
                        "tenant",
                        "tenant",
                        () -> {
                            TenantDraft d = new TenantDraft();
                            d.setName("Workspace " + UNIQUE.incrementAndGet());
                            d.setOwnerEmail("owner" + UNIQUE.get() + "@example.no");
                            return d;
                        },
                        d -> SystemAuthentication.platform(() -> lifecycle.create(d, Locale.ENGLISH)),
                        id -> {
                            TenantDraft d = new TenantDraft();
                            d.setName(tenants.find(id).orElseThrow().getName());
                            return d;
                        },
                        Set.of("name", "ownerEmail"),
                        Map.of("brandColor", List.of("teal", "#12345"), "ownerEmail", List.of("owner@")),
                        Set.of("name")),
                new Form<SsoDraft>(
                        "single sign-on",
                        "sso_settings",
                        () -> {
                            SsoDraft d = sso.draft();
                            d.setEnabled(true);
                            d.setProviderName("Company ID");
                            d.setIssuer(OidcProvider.issuer());
                            d.setClientId("clientele");
                            d.setRoleClaim("roles");
                            d.setRoleMapping("staff = SUPPORT");
                            return d;
                        },
                        d -> {
                            sso.save(d);
                            return tenant;
                        },
                        id -> sso.draft(),
                        Set.of("providerName", "issuer", "clientId", "roleClaim"),
                        Map.of(
                                "issuer",
                                List.of("not an address", "ftp://files.example.no"),
                                "roleMapping",
                                List.of("staff = KING", "staff")),
                        Set.of("providerName", "clientId", "roleClaim")));
        for (Form<?> form : forms) {
            check(form);
        }

        long consentField = consents.create("Newsletter").getId();
        List<TextInput> inputs = List.of(
                new TextInput("team name", "team", teams::create, 100, true),
                new TextInput("group name", "customer_group", groups::create, 100, true),
                new TextInput("consent field name", "consent_field", consents::create, 100, true),
                new TextInput("message subject", "message", v -> messages.create(v, "Hello {firstName}"), 200, true),
                new TextInput("message body", "message", v -> messages.create("News", v), 20_000, true),
                new TextInput(
                        "consent source",
                        "customer_consent",
                        v -> consents.record(
                                owner, consentField, true, Instant.now().minusSeconds(60), v),
                        100,
                        true));
        for (TextInput input : inputs) {
            check(input);
        }
    }

    @Test
    void searchBoxesTakeAnyTextAsLiteralText() {
        long tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.OWNER));
        data.customer(tenant, "Ola", "100%_Nordmann", null, null, CustomerStatus.ACTIVE);
        teams.create("Team 100%");
        List<String> hostile = new ArrayList<>(UNTYPEABLE);
        hostile.addAll(List.of("' OR '1'='1", "%x%", "\\", TOO_LONG, "<script>"));
        for (String text : hostile) {
            assertThat(customers.count(CustomerFilter.empty().withSearch(text)))
                    .as(shown(text))
                    .isZero();
            assertThat(teams.count(text)).as(shown(text)).isZero();
            assertThat(organizations.count(text, true)).as(shown(text)).isZero();
            assertThat(audit.count(new AuditFilter(
                            text, text, text, text, text, DateRange.ANY, ZoneId.of("UTC"), false, java.util.Locale.UK)))
                    .as(shown(text))
                    .isZero();
        }
        // The user's % and _ are letters, and a stray control character does not hide a match.
        assertThat(customers.count(CustomerFilter.empty().withSearch("100%_nord")))
                .isEqualTo(1);
        assertThat(customers.count(CustomerFilter.empty().withSearch("100%\u0000_nord")))
                .isEqualTo(1);
        assertThat(teams.count("100%")).isEqualTo(1);
    }

    @Test
    void anOversizeOrFakePictureIsRefusedAndTheContactIsNotCreated() {
        long tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.ADMIN));
        byte[] jpegHeaderThenJunk = new byte[1024];
        jpegHeaderThenJunk[0] = (byte) 0xFF;
        jpegHeaderThenJunk[1] = (byte) 0xD8;
        jpegHeaderThenJunk[2] = (byte) 0xFF;
        byte[] oversize = new byte[Photos.MAX_BYTES + 1];
        System.arraycopy(jpegHeaderThenJunk, 0, oversize, 0, 3);
        for (byte[] upload : List.of(oversize, "GIF89a not a picture".getBytes(), jpegHeaderThenJunk, new byte[0])) {
            ContactDraft d = new ContactDraft();
            d.setFirstName("Kari");
            refused("contact photo", "contact", "photo", () -> contacts.createContact(d, upload));
        }
    }

    private <D> void check(Form<D> form) {
        for (PropertyDescriptor p : new BeanWrapperImpl(form.valid().get()).getPropertyDescriptors()) {
            if (p.getPropertyType() != String.class || p.getWriteMethod() == null) {
                continue;
            }
            String field = p.getName();
            List<String> bad = new ArrayList<>(UNTYPEABLE);
            bad.add(TOO_LONG);
            bad.addAll(form.wrongKind().getOrDefault(field, List.of()));
            if (form.required().contains(field)) {
                bad.addAll(List.of("", "   "));
            }
            for (String value : bad) {
                D draft = form.valid().get();
                new BeanWrapperImpl(draft).setPropertyValue(field, value);
                refused(
                        form.name() + "." + field + " = " + shown(value),
                        form.table(),
                        field,
                        () -> form.save().applyAsLong(draft));
            }
            if (form.freeText().contains(field)) {
                for (String value : ORDINARY_TEXT) {
                    D draft = form.valid().get();
                    new BeanWrapperImpl(draft).setPropertyValue(field, value);
                    long id = form.save().applyAsLong(draft);
                    assertThat(new BeanWrapperImpl(form.reload().apply(id)).getPropertyValue(field))
                            .as("%s.%s read back", form.name(), field)
                            .isEqualTo(value);
                }
            }
        }
        assertThat(form.save().applyAsLong(form.valid().get()))
                .as("%s: a valid draft saves", form.name())
                .isPositive();
    }

    private void check(TextInput input) {
        List<String> bad = new ArrayList<>(UNTYPEABLE);
        bad.add("x".repeat(input.max() + 1));
        if (input.required()) {
            bad.addAll(List.of("", "   "));
        }
        String field = input.name().substring(input.name().lastIndexOf(' ') + 1);
        for (String value : bad) {
            refused(
                    input.name() + " = " + shown(value),
                    input.table(),
                    field,
                    () -> input.save().accept(value));
        }
        for (String value : ORDINARY_TEXT) {
            input.save().accept(value + " " + UNIQUE.incrementAndGet());
        }
    }

    /** The save is refused on {@code field} with a translated message, and neither its table nor the trail grew. */
    private void refused(String what, String table, String field, Runnable save) {
        long rows = count(table);
        long events = count("audit_event");
        try {
            save.run();
            fail(what + " was accepted");
        } catch (FieldValidationException e) {
            assertThat(e.all())
                    .as(what)
                    .extracting(FieldValidationException::field)
                    .contains(field);
            for (FieldValidationException problem : e.all()) {
                assertThat(ENGLISH)
                        .as("%s: message %s", what, problem.getMessage())
                        .containsKey(problem.getMessage());
                assertThat(NORWEGIAN)
                        .as("%s: message %s", what, problem.getMessage())
                        .containsKey(problem.getMessage());
            }
        } catch (RuntimeException e) {
            fail(what + " failed with " + e + " instead of a field message", e);
        }
        assertThat(count(table)).as("%s: nothing stored", what).isEqualTo(rows);
        assertThat(count("audit_event")).as("%s: nothing audited", what).isEqualTo(events);
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }

    private AddressDraft addressDraft(long owner, long id) {
        var a = addresses.addresses(OwnerType.CUSTOMER, owner).stream()
                .filter(x -> x.getId() == id)
                .findFirst()
                .orElseThrow();
        AddressDraft d = new AddressDraft();
        d.setLine1(a.getLine1());
        d.setLine2(a.getLine2());
        d.setCity(a.getCity());
        return d;
    }

    private static String shown(String value) {
        return value.length() > 40
                ? value.length() + " characters"
                : Arrays.toString(value.codePoints().toArray());
    }

    private static final Properties ENGLISH = translations("translations.properties");
    private static final Properties NORWEGIAN = translations("translations_nb.properties");

    private static Properties translations(String file) {
        Properties p = new Properties();
        try (InputStream in = BadInputTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }
}
