package io.clientele.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2's half of the append-only audit trail (PostgreSQL has a plpgsql trigger): any UPDATE or DELETE fails. */
public class AppendOnlyTrigger implements Trigger {
    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit_event is append-only");
    }
}
