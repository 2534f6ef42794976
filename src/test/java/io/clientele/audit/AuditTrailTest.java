package io.clientele.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Append-only in the database itself: even plain SQL cannot change or remove an audit event (H2 and PostgreSQL). */
class AuditTrailTest extends DatabaseTest {
    @Autowired
    JdbcClient jdbc;

    @Test
    void noStatementChangesOrDeletesAnEvent() {
        jdbc.sql("INSERT INTO audit_event (occurred_at, actor_email, action, summary) VALUES (CURRENT_TIMESTAMP, "
                        + "'someone@example.com', 'TEST', 'kept forever')")
                .update();
        // Background jobs may append meanwhile: count only what existed before the attempts.
        long last =
                jdbc.sql("SELECT MAX(id) FROM audit_event").query(Long.class).single();
        String existing = "SELECT COUNT(*) FROM audit_event WHERE id <= " + last;
        long before = jdbc.sql(existing).query(Long.class).single();

        assertThatThrownBy(() ->
                        jdbc.sql("UPDATE audit_event SET summary = 'rewritten'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update()).hasMessageContaining("append-only");

        assertThat(jdbc.sql(existing).query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE summary = 'rewritten'")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
