package io.clientele.base;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * The SQL Hibernate renders for a query, read on the way to the database: a COPY can then run the very query a
 * list runs. While {@link #of} captures, the statements come back from the database empty.
 */
@Component
public class SqlCapture implements StatementInspector, HibernatePropertiesCustomizer {
    private static final ThreadLocal<List<String>> CAPTURED = new ThreadLocal<>();

    /** The statements {@code query} sends on this thread, in order; each of them returns no rows. */
    public static List<String> of(Runnable query) {
        List<String> statements = new ArrayList<>();
        CAPTURED.set(statements);
        try {
            query.run();
        } finally {
            CAPTURED.remove();
        }
        return statements;
    }

    @Override
    public String inspect(String sql) {
        List<String> statements = CAPTURED.get();
        if (statements == null) {
            return sql;
        }
        statements.add(sql);
        return "select * from (" + sql + ") captured where 1=0";
    }

    @Override
    public void customize(java.util.Map<String, Object> properties) {
        properties.put(AvailableSettings.STATEMENT_INSPECTOR, this);
    }
}
