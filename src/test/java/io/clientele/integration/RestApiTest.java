package io.clientele.integration;

import static io.clientele.integration.IntegrationTestData.business;
import static io.clientele.integration.IntegrationTestData.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.clientele.DatabaseTest;
import io.clientele.account.AccountTestData;
import io.clientele.booking.BookingDraft;
import io.clientele.booking.BookingService;
import io.clientele.customer.CustomerStatus;
import io.clientele.security.Role;
import io.clientele.security.SystemAuthentication;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API over HTTP (MockMvc through the real filter chain, services and database): keys and their refusals,
 * every customer endpoint with filters, paging, validation as problem details, ETag/If-Match, business customers'
 * keys that see only their own data, and the per-key rate limit.
 */
class RestApiTest extends DatabaseTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WebApplicationContext context;

    @Autowired
    ApiKeyService keys;

    @Autowired
    BookingService bookings;

    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;
    private static OpenApiContract contract;
    long tenant;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        tenant = data.tenant();
    }

    @Test
    void withoutAUsableKeyEveryCallIsA401ProblemAndAnOtherTenantsRecordsStayUnseen() throws Exception {
        MockHttpServletResponse none = call(get("/api/v1/customers"), null);
        assertThat(none.getStatus()).isEqualTo(401);
        assertThat(none.getContentType()).startsWith("application/problem+json");
        assertThat(none.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(call(get("/api/v1/customers"), "clt_0123456789abcdef_forged").getStatus())
                .isEqualTo(401);

        String read = key(keys, tenant, null, EnumSet.of(ApiScope.CUSTOMERS_READ));
        assertThat(call(get("/api/v1/customers"), read + "x").getStatus()).isEqualTo(401);
        assertThat(call(get("/api/v1/customers"), read).getStatus()).isEqualTo(200);
        jdbc.update("UPDATE api_key SET expires_at = CURRENT_TIMESTAMP WHERE key_id = ?", read.substring(4, 20));
        assertThat(call(get("/api/v1/customers"), read).getStatus()).isEqualTo(401);

        String other = key(keys, data.tenant(), null, EnumSet.of(ApiScope.CUSTOMERS_READ, ApiScope.CUSTOMERS_WRITE));
        long mine = data.customer(tenant, "Kari", "Mine", null, null, CustomerStatus.ACTIVE);
        assertThat(call(get("/api/v1/customers/" + mine), other).getStatus()).isEqualTo(404);
        assertThat(call(post("/api/v1/customers/" + mine + "/block"), other).getStatus())
                .isEqualTo(404);
        assertThat(json(call(get("/api/v1/customers?q=Mine"), other))
                        .get("total")
                        .asLong())
                .isZero();
    }

    @Test
    void aRevokedKeyStopsAtOnceAndTheRefusalIsAudited() throws Exception {
        String k = key(keys, tenant, null, EnumSet.of(ApiScope.CUSTOMERS_READ));
        assertThat(call(get("/api/v1/customers"), k).getStatus()).isEqualTo(200);
        data.loginAs(data.staff(tenant, Role.ADMIN));
        ApiKey row = keys.list(null, org.springframework.data.domain.PageRequest.of(0, 10))
                .getFirst();
        assertThat(row.getLastUsedAt()).isNotNull();
        keys.revoke(row.getId());
        assertThat(call(get("/api/v1/customers"), k).getStatus()).isEqualTo(401);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_event WHERE tenant_id = ? AND action = " + "'API_KEY_REFUSED'",
                        Long.class,
                        tenant))
                .isEqualTo(1);
    }

    @Test
    void tenantKeysListWithTheGridsFiltersAndPageWithTheTotal() throws Exception {
        for (int i = 0; i < 5; i++) {
            data.customer(tenant, "Page" + i, "Person", "page" + i + "@example.no", null, CustomerStatus.ACTIVE);
        }
        data.customer(tenant, "Blocked", "Person", null, null, CustomerStatus.BLOCKED);
        String k = key(keys, tenant, null, EnumSet.of(ApiScope.CUSTOMERS_READ));

        JsonNode page = json(call(get("/api/v1/customers?q=Person&size=2&page=1&sort=-name"), k));
        assertThat(page.get("total").asLong()).isEqualTo(6);
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("items").get(0).get("displayName").asString()).isEqualTo("Page2 Person");
        JsonNode blocked = json(call(get("/api/v1/customers?status=BLOCKED"), k));
        assertThat(blocked.get("total").asLong()).isEqualTo(1);
        assertThat(blocked.get("items").get(0).get("status").asString()).isEqualTo("BLOCKED");

        MockHttpServletResponse badSize = call(get("/api/v1/customers?size=500"), k);
        assertThat(badSize.getStatus()).isEqualTo(422);
        assertThat(json(badSize).get("errors").get(0).get("field").asString()).isEqualTo("size");
        assertThat(call(get("/api/v1/customers?status=SLEEPING"), k).getStatus())
                .isEqualTo(400);
        assertThat(json(call(get("/api/v1/customers?sort=shoeSize"), k))
                        .get("errors")
                        .get(0)
                        .get("message")
                        .asString())
                .startsWith("Sort by one of");
        // A read key cannot write.
        assertThat(call(
                                post("/api/v1/customers")
                                        .contentType("application/json")
                                        .content("{\"firstName\":\"No\"}"),
                                k)
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void tenantKeysCreateChangeBlockAndDeleteWithETagsAndFieldErrors() throws Exception {
        String k = key(keys, tenant, null, EnumSet.of(ApiScope.CUSTOMERS_READ, ApiScope.CUSTOMERS_WRITE));
        MockHttpServletResponse invalid = call(
                post("/api/v1/customers")
                        .contentType("application/json")
                        .content("{\"firstName\":\"Kari\",\"email\":\"not-an-email\"}"),
                k);
        assertThat(invalid.getStatus()).isEqualTo(422);
        JsonNode problem = json(invalid);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("email");
        assertThat(problem.get("errors").get(0).get("message").asString())
                .isNotBlank()
                .doesNotContain("validation.");
        MockHttpServletResponse wrongType = call(
                post("/api/v1/customers")
                        .contentType("application/json")
                        .content("{\"firstName\":\"Kari\",\"type\":\"ROBOT\"}"),
                k);
        assertThat(wrongType.getStatus()).isEqualTo(422);
        assertThat(json(wrongType).get("errors").get(0).get("field").asString()).isEqualTo("type");
        for (String notText : new String[] {"false", "42", "1.5"}) {
            MockHttpServletResponse scalar = call(
                    post("/api/v1/customers")
                            .contentType("application/json")
                            .content("{\"firstName\":\"Kari\",\"lastName\":" + notText + "}"),
                    k);
            assertThat(scalar.getStatus()).as(notText).isEqualTo(422);
            assertThat(json(scalar).get("errors").get(0).get("field").asString())
                    .isEqualTo("lastName");
        }
        assertThat(call(
                                post("/api/v1/customers")
                                        .contentType("application/json")
                                        .content("{broken"),
                                k)
                        .getStatus())
                .isEqualTo(400);
        MockHttpServletResponse farPage = call(get("/api/v1/customers?page=2147483647"), k);
        assertThat(farPage.getStatus()).isEqualTo(422);
        assertThat(json(farPage).get("errors").get(0).get("field").asString()).isEqualTo("page");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM customer WHERE tenant_id = ?", Long.class, tenant))
                .isZero();

        MockHttpServletResponse created = call(
                post("/api/v1/customers")
                        .contentType("application/json")
                        .content("{\"firstName\":\"Kari\",\"lastName\":\"Api\",\"email\":\"kari.api@example.no\"}"),
                k);
        assertThat(created.getStatus()).isEqualTo(201);
        long id = json(created).get("id").asLong();
        assertThat(created.getHeader("Location")).isEqualTo("/api/v1/customers/" + id);
        String etag = created.getHeader("ETag");
        assertThat(etag).isNotBlank();
        assertThat(jdbc.queryForObject(
                        "SELECT actor_email FROM audit_event WHERE tenant_id = ? AND action = " + "'CUSTOMER_CREATED'",
                        String.class,
                        tenant))
                .isEqualTo("API key: Test key");

        String change = "{\"phone\":\"+47 912 34 567\"}";
        assertThat(call(
                                patch("/api/v1/customers/" + id)
                                        .contentType("application/json")
                                        .content(change),
                                k)
                        .getStatus())
                .isEqualTo(428);
        MockHttpServletResponse changed = call(
                patch("/api/v1/customers/" + id)
                        .header("If-Match", etag)
                        .contentType("application/json")
                        .content(change),
                k);
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(json(changed).get("phone").asString()).isEqualTo("+47 91 23 45 67");
        assertThat(json(changed).get("lastName").asString()).isEqualTo("Api");
        assertThat(changed.getHeader("ETag")).isNotEqualTo(etag);
        MockHttpServletResponse stale = call(
                patch("/api/v1/customers/" + id)
                        .header("If-Match", etag)
                        .contentType("application/json")
                        .content("{\"lastName\":\"Lost\"}"),
                k);
        assertThat(stale.getStatus()).isEqualTo(412);
        assertThat(json(call(get("/api/v1/customers/" + id), k)).get("lastName").asString())
                .isEqualTo("Api");

        assertThat(json(call(post("/api/v1/customers/" + id + "/block"), k))
                        .get("status")
                        .asString())
                .isEqualTo("BLOCKED");
        assertThat(json(call(post("/api/v1/customers/" + id + "/unblock"), k))
                        .get("status")
                        .asString())
                .isEqualTo("ACTIVE");
        assertThat(call(delete("/api/v1/customers/" + id), k).getStatus()).isEqualTo(204);
        assertThat(json(call(get("/api/v1/customers/" + id), k)).get("deleted").asBoolean())
                .isTrue();
        assertThat(call(post("/api/v1/customers/" + id + "/block"), k).getStatus())
                .isEqualTo(409);
        assertThat(call(get("/api/v1/customers/999999999"), k).getStatus()).isEqualTo(404);
    }

    @Test
    void aBusinessCustomersKeySeesOnlyThatCustomersOwnData() throws Exception {
        long fjord = business(customers, tenant, "Fjord AS", "post@fjord.example");
        long bre = business(customers, tenant, "Bre AS", "post@bre.example");
        Set<ApiScope> all = ApiScope.offered(true);
        String fjordKey = key(keys, tenant, fjord, all);
        String breKey = key(keys, tenant, bre, EnumSet.of(ApiScope.PROFILE_READ));
        book(fjord);

        MockHttpServletResponse first = call(get("/api/v1/me"), fjordKey);
        assertThat(first.getStatus()).as(first.getContentAsString()).isEqualTo(200);
        assertThat(json(first).get("companyName").asString()).isEqualTo("Fjord AS");
        assertThat(json(call(get("/api/v1/me"), breKey)).get("companyName").asString())
                .isEqualTo("Bre AS");
        JsonNode fjordBookings = json(call(get("/api/v1/me/bookings"), fjordKey));
        assertThat(fjordBookings.get("total").asLong()).isEqualTo(1);
        assertThat(call(get("/api/v1/me/bookings"), breKey).getStatus()).isEqualTo(403);
        assertThat(json(call(get("/api/v1/me/payments"), fjordKey)).get("total").asLong())
                .isZero();
        assertThat(call(get("/api/v1/me/subscription"), fjordKey).getStatus())
                .as("no subscription yet")
                .isEqualTo(404);
        assertThat(call(get("/api/v1/me/subscription"), breKey).getStatus()).isEqualTo(403);
        io.clientele.portal.PortalTestData.plan(jdbc, tenant, "Business", 500, 39900);
        jdbc.update(
                "INSERT INTO subscription (tenant_id, version, customer_id, plan_id, status, period_start, renews_at, "
                        + "cancel_at_period_end, extra_minutes, created_at) SELECT tenant_id, 0, ?, id, 'ACTIVE', ?, ?, FALSE, 0, "
                        + "CURRENT_TIMESTAMP FROM plan WHERE tenant_id = ?",
                fjord,
                java.sql.Timestamp.from(Instant.now().minusSeconds(3600)),
                java.sql.Timestamp.from(Instant.now().plusSeconds(86400 * 20)),
                tenant);
        jdbc.update(
                "INSERT INTO call_record (tenant_id, customer_id, started_at, to_number, duration_seconds) "
                        + "VALUES (?, ?, ?, '+4791234567', 7)",
                tenant,
                fjord,
                java.sql.Timestamp.from(Instant.now().minusSeconds(60)));
        JsonNode usage = json(call(get("/api/v1/me/subscription"), fjordKey));
        assertThat(usage.get("plan").asString()).isEqualTo("Business");
        assertThat(usage.get("minutesUsed").asDouble())
                .as("7 s bills as one minute")
                .isEqualTo(1.0);
        assertThat(usage.get("minutesRemaining").asDouble()).isEqualTo(499.0);
        // The tenant's endpoints are not a customer key's.
        assertThat(call(get("/api/v1/customers/" + bre), fjordKey).getStatus()).isEqualTo(403);
        assertThat(call(get("/api/v1/customers"), fjordKey).getStatus()).isEqualTo(403);

        MockHttpServletResponse me = call(get("/api/v1/me"), fjordKey);
        MockHttpServletResponse renamed = call(
                patch("/api/v1/me")
                        .header("If-Match", me.getHeader("ETag"))
                        .contentType("application/json")
                        .content("{\"companyName\":\"Fjord Holding AS\"}"),
                fjordKey);
        assertThat(renamed.getStatus()).isEqualTo(200);
        assertThat(json(renamed).get("companyName").asString()).isEqualTo("Fjord Holding AS");
        assertThat(json(call(get("/api/v1/me"), breKey)).get("companyName").asString())
                .isEqualTo("Bre AS");
        assertThat(call(
                                patch("/api/v1/me")
                                        .header("If-Match", me.getHeader("ETag"))
                                        .contentType("application/json")
                                        .content("{\"companyName\":\"Bre Holding AS\"}"),
                                breKey)
                        .getStatus())
                .isEqualTo(403);

        // A blocked customer's keys stop working.
        String admin = key(keys, tenant, null, EnumSet.of(ApiScope.CUSTOMERS_READ, ApiScope.CUSTOMERS_WRITE));
        call(post("/api/v1/customers/" + fjord + "/block"), admin);
        assertThat(call(get("/api/v1/me"), fjordKey).getStatus()).isEqualTo(401);
    }

    @Test
    void importsRunThroughTheApiAsInTheConsoleCanBeUndoneAndKeepTheContract() throws Exception {
        String k = key(keys, tenant, null, EnumSet.of(ApiScope.CUSTOMERS_READ, ApiScope.CUSTOMERS_WRITE));
        byte[] csv = "First name,Last name,Email\nPer,Hansen,per@example.no\nOla,Olsen,not-an-address\n"
                .getBytes(StandardCharsets.UTF_8);

        MockHttpServletResponse started = call(upload(csv).param("matchBy", "EMAIL"), k);
        assertThat(started.getStatus()).isEqualTo(202);
        String location = started.getHeader("Location");
        assertThat(location).matches("/api/v1/imports/\\d+");
        assertThat(json(started).get("fileName").asString()).isEqualTo("customers.csv");
        JsonNode done = until(location, k, "DONE");
        assertThat(done.get("created").asInt()).isEqualTo(1);
        assertThat(done.get("failed").asInt()).isEqualTo(1);
        assertThat(done.get("total").asInt()).isEqualTo(2);
        assertThat(json(call(get("/api/v1/customers?q=Hansen"), k)).get("total").asLong())
                .isEqualTo(1);

        MockHttpServletResponse badField = call(upload(csv).param("mapping", "FIRST_NAME,NICKNAME,EMAIL"), k);
        assertThat(badField.getStatus()).isEqualTo(422);
        assertThat(json(badField).get("errors").get(0).get("field").asString()).isEqualTo("mapping");
        MockHttpServletResponse empty = call(upload(new byte[0]), k);
        assertThat(empty.getStatus()).isEqualTo(422);
        assertThat(json(empty).get("errors").get(0).get("message").asString()).isEqualTo("The file is empty.");
        assertThat(call(multipart("/api/v1/imports"), k).getStatus()).isEqualTo(400);
        assertThat(call(upload(csv), key(keys, tenant, null, EnumSet.of(ApiScope.CUSTOMERS_READ)))
                        .getStatus())
                .isEqualTo(403);
        assertThat(call(get("/api/v1/imports/987654321"), k).getStatus()).isEqualTo(404);

        assertThat(call(post(location + "/undo"), k).getStatus()).isEqualTo(202);
        until(location, k, "UNDONE");
        assertThat(json(call(get("/api/v1/customers?q=Hansen"), k)).get("total").asLong())
                .as("in the Trash")
                .isZero();
        MockHttpServletResponse again = call(post(location + "/undo"), k);
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(json(again).get("detail").asString()).isEqualTo("This import has been undone already.");

        // A file of organizations, matched by organization number unless told otherwise.
        byte[] companies = ("Name,Organization number\nHav AS," + AccountTestData.orgNumber() + "\n")
                .getBytes(StandardCharsets.UTF_8);
        MockHttpServletResponse wrongKey =
                call(upload(companies).param("records", "ORGANIZATIONS").param("matchBy", "EMAIL"), k);
        assertThat(wrongKey.getStatus()).isEqualTo(422);
        assertThat(json(wrongKey).get("errors").get(0).get("field").asString()).isEqualTo("matchBy");
        MockHttpServletResponse personField =
                call(upload(companies).param("records", "ORGANIZATIONS").param("mapping", "NAME,FIRST_NAME"), k);
        assertThat(personField.getStatus()).isEqualTo(422);
        assertThat(json(personField).get("errors").get(0).get("message").asString())
                .isEqualTo("Organizations have no field like the one the column \"Organization number\" fills: "
                        + "choose another field or Skip.");
        MockHttpServletResponse organizations = call(upload(companies).param("records", "ORGANIZATIONS"), k);
        assertThat(organizations.getStatus()).isEqualTo(202);
        assertThat(json(organizations).get("records").asString()).isEqualTo("ORGANIZATIONS");
        JsonNode imported = until(organizations.getHeader("Location"), k, "DONE");
        assertThat(imported.get("created").asInt()).isEqualTo(1);
    }

    private static AbstractMockHttpServletRequestBuilder<?> upload(byte[] file) {
        return multipart("/api/v1/imports").file(new MockMultipartFile("file", "customers.csv", "text/csv", file));
    }

    /** Reads the import until it is in {@code state}. */
    private JsonNode until(String location, String k, String state) {
        JsonNode[] last = new JsonNode[1];
        // Not too often: the key's rate limit counts these too.
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    last[0] = json(call(get(location), k));
                    return last[0].get("state").asString().equals(state);
                });
        return last[0];
    }

    @Test
    void eachKeyHasItsOwnRateLimitWithRetryAfter() throws Exception {
        String busy = key(keys, tenant, null, EnumSet.of(ApiScope.CUSTOMERS_READ));
        String calm = key(keys, tenant, null, EnumSet.of(ApiScope.CUSTOMERS_READ));
        MockHttpServletResponse last = null;
        int ok = 0;
        for (int i = 0; i < 200 && (last == null || last.getStatus() != 429); i++) {
            last = call(get("/api/v1/customers?size=1"), busy);
            ok += last.getStatus() == 200 ? 1 : 0;
        }
        assertThat(last.getStatus()).isEqualTo(429);
        // 120 a minute and not one more: the bucket fills again only a minute after it was made.
        assertThat(ok).isEqualTo(120);
        assertThat(last.getHeader("RateLimit-Policy")).isEqualTo("120;w=60");
        assertThat(Integer.parseInt(last.getHeader("Retry-After"))).isPositive();
        assertThat(json(last).get("status").asInt()).isEqualTo(429);
        assertThat(call(get("/api/v1/customers?size=1"), calm).getStatus()).isEqualTo(200);
    }

    @Test
    void theApiIsDocumentedWithOpenApiAndBrowsable() throws Exception {
        MockHttpServletResponse doc =
                mvc.perform(get("/api/openapi")).andReturn().getResponse();
        assertThat(doc.getStatus()).isEqualTo(200);
        JsonNode openapi = JSON.readTree(doc.getContentAsString());
        assertThat(openapi.get("paths").has("/api/v1/customers")).isTrue();
        assertThat(openapi.get("paths").has("/api/v1/me/bookings")).isTrue();
        assertThat(openapi.get("components")
                        .get("securitySchemes")
                        .get("apiKey")
                        .get("scheme")
                        .asString())
                .isEqualTo("bearer");
        assertThat(mvc.perform(get("/api/docs")).andReturn().getResponse().getStatus())
                .isBetween(200, 399);
    }

    /** Every exchange is checked against the served OpenAPI document as well as by the test's own assertions. */
    private MockHttpServletResponse call(AbstractMockHttpServletRequestBuilder<?> request, String key)
            throws Exception {
        RequestBuilder r = key == null ? request : request.header("Authorization", "Bearer " + key);
        var result = mvc.perform(r).andReturn();
        if (contract == null) {
            contract = new OpenApiContract(
                    mvc.perform(get("/api/openapi")).andReturn().getResponse().getContentAsString());
        }
        contract.check(result.getRequest(), result.getResponse());
        return result.getResponse();
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString());
    }

    /** One booking for the customer, made as the platform. */
    private void book(long customerId) {
        var staff = data.staff(tenant, Role.BACKOFFICE);
        SystemAuthentication.run(
                tenant,
                () -> bookings.add(
                        customerId,
                        new BookingDraft(
                                "Consultation",
                                staff.getId(),
                                LocalDateTime.now().plusDays(3).withNano(0),
                                30),
                        ZoneOffset.UTC));
    }
}
