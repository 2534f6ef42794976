package io.clientele.integration;

import io.clientele.customer.CustomerDraft;
import io.clientele.customer.CustomerService;
import io.clientele.customer.CustomerStatus;
import io.clientele.customer.CustomerType;
import io.clientele.security.SystemAuthentication;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** Business customers and API keys made as the platform inside a tenant, for the integration tests. */
final class IntegrationTestData {
    private IntegrationTestData() {}

    static long business(CustomerService customers, long tenant, String company, String email) {
        AtomicLong id = new AtomicLong();
        SystemAuthentication.run(tenant, () -> {
            CustomerDraft d = new CustomerDraft();
            d.setType(CustomerType.BUSINESS);
            d.setFirstName("Ola");
            d.setLastName("Nordmann");
            d.setCompanyName(company);
            d.setEmail(email);
            d.setStatus(CustomerStatus.ACTIVE);
            id.set(customers.create(d));
        });
        return id.get();
    }

    /** The whole key text of a new key of the tenant ({@code customerId} null) or of a business customer. */
    static String key(ApiKeyService keys, long tenant, Long customerId, Set<ApiScope> scopes) {
        AtomicReference<String> secret = new AtomicReference<>();
        SystemAuthentication.run(
                tenant,
                () -> secret.set(keys.create(
                                customerId,
                                "Test key",
                                scopes,
                                LocalDate.now(ZoneOffset.UTC).plusDays(30),
                                ZoneOffset.UTC)
                        .secret()));
        return secret.get();
    }
}
