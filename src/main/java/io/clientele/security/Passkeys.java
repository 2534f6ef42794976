package io.clientele.security;

import io.clientele.audit.AuditService;
import io.clientele.audit.Summary;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.Texts;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passkeys (WebAuthn) of staff and portal customers, on Spring Security's own support: its endpoints make and check
 * them, its JDBC repositories keep them, and these wrappers tie each to its login (so the login's deletion takes them
 * along) and put a new one in the trail. A signed-in person lists, renames and removes their own here.
 */
@Service
@Transactional(readOnly = true)
public class Passkeys {
    /** One of the signed-in person's passkeys. */
    public record Passkey(String id, String label, Instant created, Instant lastUsed) {}

    private final PublicKeyCredentialUserEntityRepository people;
    private final UserCredentialRepository credentials;
    private final AuditService audit;

    Passkeys(PublicKeyCredentialUserEntityRepository people, UserCredentialRepository credentials, AuditService audit) {
        this.people = people;
        this.credentials = credentials;
        this.audit = audit;
    }

    public List<Passkey> mine() {
        return own().map(entity -> credentials.findByUserId(entity.getId()).stream()
                        .sorted(Comparator.comparing(
                                CredentialRecord::getCreated, Comparator.nullsLast(Comparator.naturalOrder())))
                        .map(c -> new Passkey(
                                c.getCredentialId().toBase64UrlString(), c.getLabel(), c.getCreated(), c.getLastUsed()))
                        .toList())
                .orElse(List.of());
    }

    @Transactional
    public void rename(String id, String label) {
        String name = Texts.trimToNull(label);
        if (name == null || name.length() > 100 || !name.equals(Texts.xmlSafe(name))) {
            throw new io.clientele.base.FieldValidationException("label", "passkeys.label-invalid");
        }
        CredentialRecord c = mineOnly(id);
        credentials.save(
                ImmutableCredentialRecord.fromCredentialRecord(c).label(name).build());
        record("PASSKEY_RENAMED", name);
    }

    @Transactional
    public void remove(String id) {
        CredentialRecord c = mineOnly(id);
        credentials.delete(c.getCredentialId());
        record("PASSKEY_REMOVED", c.getLabel());
    }

    private CredentialRecord mineOnly(String id) {
        PublicKeyCredentialUserEntity me = own().orElseThrow(() -> new ActionRefusedException("passkeys.not-yours"));
        return Optional.ofNullable(credentials.findByCredentialId(Bytes.fromBase64(id)))
                .filter(c -> c.getUserEntityUserId().equals(me.getId()))
                .orElseThrow(() -> new ActionRefusedException("passkeys.not-yours"));
    }

    /** The signed-in person's WebAuthn user; never inside a support session (a passkey is the person's own). */
    private Optional<PublicKeyCredentialUserEntity> own() {
        CurrentUser me = CurrentUser.require();
        if (!me.isLogin() || me.support().isPresent()) {
            throw new AccessDeniedException("A person's own passkeys");
        }
        return Optional.ofNullable(people.findByUsername(me.getUsername()));
    }

    private void record(String action, String label) {
        CurrentUser me = CurrentUser.require();
        audit.recordSecurity(me.activeTenantId(), me.userId(), me.getUsername(), action, Summary.of(label));
    }

    /** Spring Security's user table, each row tied to its login. */
    static PublicKeyCredentialUserEntityRepository people(JdbcTemplate jdbc) {
        JdbcPublicKeyCredentialUserEntityRepository rows = new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
        return new PublicKeyCredentialUserEntityRepository() {
            @Override
            public PublicKeyCredentialUserEntity findById(Bytes id) {
                return rows.findById(id);
            }

            @Override
            public PublicKeyCredentialUserEntity findByUsername(String username) {
                return rows.findByUsername(username);
            }

            @Override
            public void save(PublicKeyCredentialUserEntity entity) {
                rows.save(entity);
                jdbc.update(
                        "UPDATE user_entities SET user_account_id = (SELECT a.id FROM user_account a "
                                + "WHERE lower(a.email) = lower(?)) WHERE id = ?",
                        entity.getName(),
                        entity.getId().toBase64UrlString());
            }

            @Override
            public void delete(Bytes id) {
                rows.delete(id);
            }
        };
    }

    /** Spring Security's credential table; a new passkey goes into the trail. */
    static UserCredentialRepository credentials(JdbcTemplate jdbc, AuditService audit) {
        JdbcUserCredentialRepository rows = new JdbcUserCredentialRepository(jdbc);
        return new UserCredentialRepository() {
            @Override
            public void delete(Bytes credentialId) {
                rows.delete(credentialId);
            }

            @Override
            public void save(CredentialRecord record) {
                boolean added = rows.findByCredentialId(record.getCredentialId()) == null;
                rows.save(record);
                if (added) {
                    CurrentUser.get()
                            .ifPresent(me -> audit.recordSecurity(
                                    me.activeTenantId(),
                                    me.userId(),
                                    me.getUsername(),
                                    "PASSKEY_ADDED",
                                    Summary.of(record.getLabel())));
                }
            }

            @Override
            public CredentialRecord findByCredentialId(Bytes credentialId) {
                return rows.findByCredentialId(credentialId);
            }

            @Override
            public List<CredentialRecord> findByUserId(Bytes userId) {
                return rows.findByUserId(userId);
            }
        };
    }
}
