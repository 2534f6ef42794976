package io.clientele.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.DatabaseTest;
import org.junit.jupiter.api.Test;

/** The test database starts empty, so start-up must have created the first platform operator. */
class FirstStartTest extends DatabaseTest {
    @Test
    void anEmptyDatabaseGetsASystemAdminWithAUsablePassword() {
        UserAccount admin = users.findByEmail("admin@clientele.local").orElseThrow();
        assertThat(admin.getStaffRole()).isEqualTo(Role.SYSTEM_ADMIN);
        assertThat(admin.getTenantId()).isNull();
        assertThat(admin.getPasswordHash()).startsWith("{bcrypt}");
        assertThat(tenants.count()).isPositive();
    }
}
