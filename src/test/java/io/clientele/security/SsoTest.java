package io.clientele.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.DatabaseTest;
import io.clientele.OidcProvider;
import io.clientele.TestData;
import io.clientele.audit.AuditEvents;
import io.clientele.base.FieldValidationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/** Single sign-on's settings against a real OpenID Connect provider, and what its claims make of a staff login. */
class SsoTest extends DatabaseTest {
    @Autowired
    SsoService sso;

    @Autowired
    SsoSignIn signIn;

    @Autowired
    DaoAuthenticationProvider provider;

    @Autowired
    ApplicationContext ctx;

    private static SsoDraft draft(String issuer, String mapping, Role defaultRole, boolean ssoOnly) {
        SsoDraft d = new SsoDraft();
        d.setEnabled(true);
        d.setProviderName("Fjellklinikken ID");
        d.setIssuer(issuer);
        d.setClientId("clientele");
        d.setClientSecret("s3cret");
        d.setRoleClaim("roles");
        d.setRoleMapping(mapping);
        d.setDefaultRole(defaultRole);
        d.setSsoOnly(ssoOnly);
        return d;
    }

    private static String issuer() {
        return OidcProvider.issuer();
    }

    @Test
    void aWrongIssuerOrMappingIsRefusedAndNothingIsSaved() {
        long tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.OWNER));
        // Nothing answers there: no discovery document, so no provider.
        assertThatThrownBy(() -> sso.save(draft("http://127.0.0.1:1/realms/staff", "staff = KING", null, false)))
                .isInstanceOfSatisfying(
                        FieldValidationException.class,
                        e -> assertThat(e.all())
                                .extracting(FieldValidationException::field, FieldValidationException::getMessage)
                                .containsExactlyInAnyOrder(
                                        org.assertj.core.groups.Tuple.tuple("issuer", "sso.issuer-unreachable"),
                                        org.assertj.core.groups.Tuple.tuple("roleMapping", "sso.mapping-invalid")));
        assertThat(sso.offeredAt(tenant)).isEmpty();
        assertThat(sso.draft().getIssuer()).isEmpty();
    }

    @Test
    void ssoOnlyRefusesStaffPasswordsButAnOwners() {
        long tenant = data.tenant();
        UserAccount owner = data.staff(tenant, Role.OWNER);
        UserAccount admin = data.staff(tenant, Role.ADMIN);
        data.loginAs(owner);
        sso.save(draft(issuer(), "clientele-admins = ADMIN", null, true));
        assertThat(sso.offeredAt(tenant)).contains("Fjellklinikken ID");
        assertThat(sso.draft().getClientSecret())
                .as("the secret is never shown back")
                .isEmpty();
        TestData.logout();

        assertThatThrownBy(() -> provider.authenticate(
                        new UsernamePasswordAuthenticationToken(admin.getEmail(), TestData.PASSWORD)))
                .isInstanceOf(DisabledException.class)
                .hasMessage("login.refused.sso-only");
        assertThat(provider.authenticate(new UsernamePasswordAuthenticationToken(owner.getEmail(), TestData.PASSWORD))
                        .isAuthenticated())
                .as("break-glass")
                .isTrue();
        assertThat(AuditEvents.byActor(ctx, owner.getEmail(), 5))
                .extracting(e -> e.getAction())
                .contains("SSO_CHANGED");
    }

    @Test
    void theProvidersClaimMakesTheLoginAndItsRoleFollowsTheProvider() {
        long tenant = data.tenant();
        UserAccount owner = data.staff(tenant, Role.OWNER);
        UserAccount portal = data.portalLogin(tenant, TestData.uniqueEmail("portal"));
        data.loginAs(owner);
        sso.save(draft(issuer(), "clientele-admins = ADMIN\nclientele-support = SUPPORT", null, false));
        TestData.logout();
        String email = TestData.uniqueEmail("sso");

        signIn.provision(
                tenant, Map.of("email", email, "given_name", "Sigrid", "roles", List.of("x", "clientele-support")));
        UserAccount made = users.findByEmail(email).orElseThrow();
        assertThat(made.getStaffRole()).isEqualTo(Role.SUPPORT);
        assertThat(made.getTenantId()).isEqualTo(tenant);
        assertThat(made.getPasswordHash()).as("signs in with the provider only").isNull();

        signIn.provision(tenant, Map.of("email", email, "roles", List.of("clientele-support", "clientele-admins")));
        assertThat(users.findByEmail(email).orElseThrow().getStaffRole())
                .as("the highest mapped role")
                .isEqualTo(Role.ADMIN);

        assertThatThrownBy(() -> signIn.provision(tenant, Map.of("email", email, "roles", "outsiders")))
                .isInstanceOf(OAuth2AuthenticationException.class)
                .hasMessage("login.refused.sso-unmapped-role");
        assertThatThrownBy(() -> signIn.provision(tenant, Map.of("roles", "clientele-admins")))
                .hasMessage("login.refused.sso-no-email");
        assertThatThrownBy(
                        () -> signIn.provision(tenant, Map.of("email", portal.getEmail(), "roles", "clientele-admins")))
                .as("a customer's login is not turned into staff")
                .hasMessage("login.refused.sso-email-in-use");
        signIn.provision(tenant, Map.of("email", owner.getEmail(), "roles", "clientele-support"));
        assertThat(users.findByEmail(owner.getEmail()).orElseThrow().getStaffRole())
                .as("an owner stays one")
                .isEqualTo(Role.OWNER);
        assertThat(AuditEvents.byActor(ctx, email, 5))
                .extracting(e -> e.getAction())
                .contains("SSO_PROVISIONED", "SSO_ROLE_CHANGED", "SSO_REFUSED");
    }
}
