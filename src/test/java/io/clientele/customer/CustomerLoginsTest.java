package io.clientele.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.DatabaseTest;
import io.clientele.TestData;
import io.clientele.audit.AuditEvent;
import io.clientele.audit.AuditEvents;
import io.clientele.security.Role;
import io.clientele.security.UserAccount;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;

/** Portal logins through the application's own login provider: the customer's state decides. */
class CustomerLoginsTest extends DatabaseTest {
    @Autowired
    DaoAuthenticationProvider provider;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    org.springframework.context.ApplicationContext ctx;

    @Autowired
    JdbcClient jdbc;

    private ProviderManager login() {
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    /** A customer with a portal login; deleted customers are soft-deleted. */
    private UserAccount portalCustomer(long tenant, CustomerStatus status, boolean deleted) {
        UserAccount login = data.portalLogin(tenant, TestData.uniqueEmail("portal"));
        long customer = data.customer(tenant, "Pia", "Portal", login.getEmail(), null, status);
        jdbc.sql("UPDATE customer SET user_account_id = ?, deleted_at = ? WHERE id = ?")
                .params(login.getId(), deleted ? java.sql.Timestamp.from(Instant.now()) : null, customer)
                .update();
        return login;
    }

    @ParameterizedTest
    @CsvSource({
        "BLOCKED,false,login.refused.blocked",
        "INACTIVE,false,login.refused.inactive",
        "ACTIVE,true,login.refused.deleted"
    })
    void blockedInactiveAndDeletedCustomersCannotLogInAndTheRefusalIsAudited(
            CustomerStatus status, boolean deleted, String reason) {
        UserAccount account = portalCustomer(data.tenant(), status, deleted);
        assertThatThrownBy(() -> login().authenticate(
                                new UsernamePasswordAuthenticationToken(account.getEmail(), TestData.PASSWORD)))
                .isInstanceOf(DisabledException.class)
                .hasMessage(reason);
        assertThat(AuditEvents.byActor(ctx, account.getEmail(), 5))
                .extracting(AuditEvent::getAction)
                .containsExactly("LOGIN_REFUSED");
        assertThat(users.findByEmail(account.getEmail()).orElseThrow().getLastLoginAt())
                .isNull();
    }

    @Test
    void aWrongPasswordDoesNotRevealThatTheCustomerIsBlocked() {
        UserAccount account = portalCustomer(data.tenant(), CustomerStatus.BLOCKED, false);
        assertThatThrownBy(() -> login().authenticate(
                                new UsernamePasswordAuthenticationToken(account.getEmail(), "not-the-password-42")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aRealLoginWritesTheCustomersLastLogin() {
        long tenant = data.tenant();
        UserAccount account = portalCustomer(tenant, CustomerStatus.PENDING, false);
        Instant before = Instant.now().minusSeconds(1);
        login().authenticate(new UsernamePasswordAuthenticationToken(account.getEmail(), TestData.PASSWORD));

        data.loginAs(data.staff(tenant, Role.VIEWER));
        CustomerRow row = customers
                .list(CustomerFilter.empty(), org.springframework.data.domain.PageRequest.of(0, 5))
                .getFirst();
        assertThat(row.loginId()).isEqualTo(account.getId());
        assertThat(row.lastLoginAt()).isAfter(before);
    }
}
