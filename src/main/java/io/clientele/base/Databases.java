package io.clientele.base;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Which database the app runs on, where the two differ in what they can do (COPY, several nodes). */
public final class Databases {
    private Databases() {}

    /** PostgreSQL, which several nodes may share; otherwise the embedded database, which one process holds. */
    public static boolean postgres(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database this is", e);
        }
    }
}
