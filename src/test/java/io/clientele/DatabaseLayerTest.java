package io.clientele;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The "db" tests run twice; this proves each run talked to the database it claims (the PostgreSQL run is not H2). */
class DatabaseLayerTest extends DatabaseTest {
    @Autowired
    JdbcClient jdbc;

    @Test
    void theConfiguredDatabaseIsTheOneInUse() {
        String expected = "postgres".equals(System.getProperty("clientele.test.database")) ? "PostgreSQL" : "H2";
        String product = jdbc.sql("SELECT 1")
                .query((rs, n) -> {
                    try {
                        return rs.getStatement().getConnection().getMetaData().getDatabaseProductName();
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .single();
        assertThat(product).isEqualTo(expected);
    }
}
