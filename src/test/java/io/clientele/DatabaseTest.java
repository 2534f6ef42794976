package io.clientele;

import io.clientele.customer.CustomerService;
import io.clientele.security.LoginAttempts;
import io.clientele.security.UserAccountService;
import io.clientele.tenant.TenantService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Service and repository tests: they run on H2 in every build and again on PostgreSQL when
 * CLIENTELE_TEST_POSTGRES_URL is set (the "db" tag selects them for that second run).
 */
@SpringBootTest
@Import(TestClock.Config.class)
@Tag("db")
public abstract class DatabaseTest {
    @Autowired
    protected TestClock clock;

    @Autowired
    protected TenantService tenants;

    @Autowired
    protected UserAccountService users;

    @Autowired
    protected LoginAttempts logins;

    @Autowired
    protected CustomerService customers;

    protected TestData data;

    @BeforeEach
    void setUpData() {
        data = new TestData(tenants, users, logins, customers);
    }

    @AfterEach
    void clearLogin() {
        TestData.logout();
        clock.reset();
    }
}
