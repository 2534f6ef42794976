package io.clientele.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.DatabaseTest;
import io.clientele.TestData;
import io.clientele.audit.AuditEvents;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.FieldValidationException;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * One's own passkeys, as Spring Security's registration stores them: listed, renamed and removed by their owner only,
 * tied to the login so they go with it, and in the trail.
 */
class PasskeysTest extends DatabaseTest {
    @Autowired
    Passkeys passkeys;

    @Autowired
    PublicKeyCredentialUserEntityRepository people;

    @Autowired
    UserCredentialRepository credentials;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext ctx;

    /** What a registration stores for the signed-in login: its WebAuthn user and one credential. */
    private String registered(UserAccount login, String label) {
        data.loginAs(login);
        PublicKeyCredentialUserEntity person = people.findByUsername(login.getEmail());
        if (person == null) {
            person = ImmutablePublicKeyCredentialUserEntity.builder()
                    .name(login.getEmail())
                    .id(Bytes.random())
                    .displayName(login.displayName())
                    .build();
            people.save(person);
        }
        Bytes id = Bytes.random();
        credentials.save(ImmutableCredentialRecord.builder()
                .credentialType(PublicKeyCredentialType.PUBLIC_KEY)
                .credentialId(id)
                .userEntityUserId(person.getId())
                .publicKey(new ImmutablePublicKeyCose(new byte[] {1, 2, 3}))
                .signatureCount(0)
                .uvInitialized(true)
                .transports(Set.of())
                .backupEligible(false)
                .backupState(false)
                .created(Instant.now())
                .lastUsed(Instant.now())
                .label(label)
                .build());
        return id.toBase64UrlString();
    }

    @Test
    void onesOwnPasskeysAreListedRenamedAndRemovedByTheirOwnerOnly() {
        long tenant = data.tenant();
        UserAccount support = data.staff(tenant, Role.SUPPORT);
        UserAccount other = data.staff(tenant, Role.OWNER);
        String laptop = registered(support, "Laptop");
        registered(support, "Phone");
        String othersKey = registered(other, "Owner's key");

        data.loginAs(support);
        assertThat(passkeys.mine()).extracting(Passkeys.Passkey::label).containsExactly("Laptop", "Phone");
        assertThatThrownBy(() -> passkeys.remove(othersKey))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessage("passkeys.not-yours");
        assertThatThrownBy(() -> passkeys.rename(laptop, " ")).isInstanceOf(FieldValidationException.class);
        passkeys.rename(laptop, "Work laptop");
        passkeys.remove(laptop);
        assertThat(passkeys.mine()).extracting(Passkeys.Passkey::label).containsExactly("Phone");
        assertThat(AuditEvents.byActor(ctx, support.getEmail(), 10))
                .extracting(e -> e.getAction())
                .contains("PASSKEY_ADDED", "PASSKEY_RENAMED", "PASSKEY_REMOVED");

        data.loginAs(other);
        assertThat(passkeys.mine()).extracting(Passkeys.Passkey::label).containsExactly("Owner's key");
    }

    @Test
    void aPasskeyGoesWithItsLogin() {
        long tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.OWNER));
        String email = TestData.uniqueEmail("leaver");
        long invited = SystemAuthentication.platform(
                        () -> users.create(tenant, email, "Lea", "Ver", TestData.PASSWORD, Role.SUPPORT, null))
                .getId();
        registered(users.findByEmail(email).orElseThrow(), "Laptop");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM user_entities WHERE user_account_id = ?", Long.class, invited))
                .isEqualTo(1);

        jdbc.update("DELETE FROM user_account WHERE id = ?", invited);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM user_entities WHERE name = ?", Long.class, email))
                .isZero();
    }
}
