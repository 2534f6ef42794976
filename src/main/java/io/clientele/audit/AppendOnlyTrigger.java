package io.clientele.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's half of the append-only audit trail (PostgreSQL has a plpgsql trigger): any UPDATE fails, and any DELETE but
 * that of a suspended tenant's events, which go when the tenant is deleted with its data.
 */
public class AppendOnlyTrigger implements Trigger {
    /** audit_event's second column. */
    private static final int TENANT_ID = 1;

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow == null && oldRow[TENANT_ID] != null && suspended(conn, oldRow[TENANT_ID])) {
            return;
        }
        throw new SQLException("audit_event is append-only");
    }

    private static boolean suspended(Connection conn, Object tenantId) throws SQLException {
        try (PreparedStatement s =
                conn.prepareStatement("SELECT 1 FROM tenant WHERE id = ? AND suspended_at IS NOT NULL")) {
            s.setObject(1, tenantId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }
}
