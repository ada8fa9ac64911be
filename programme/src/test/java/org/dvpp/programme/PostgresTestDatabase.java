package org.dvpp.programme;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh schema on the local PostgreSQL (127.0.0.1:5432, user postgres, database test) for one harness. With
 * {@code -Ddvpp.requireDatabases=true} (as in CI) an unreachable server fails the test; otherwise the test is skipped
 * with a message naming what is missing.
 */
final class PostgresTestDatabase implements AutoCloseable {
    private static final String ADMIN = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    final String schema = "prog_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    final HikariDataSource dataSource;

    PostgresTestDatabase() {
        try (Connection c = DriverManager.getConnection(ADMIN); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            String message = "PostgreSQL at 127.0.0.1:5432 (user postgres, database test) is not reachable ("
                    + e.getMessage() + ")";
            if (Boolean.getBoolean("dvpp.requireDatabases")) {
                Assertions.fail(message + "; -Ddvpp.requireDatabases=true makes it mandatory");
            }
            Assumptions.abort(message + "; skipping (set -Ddvpp.requireDatabases=true to make this a failure)");
        }
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/test?user=postgres&currentSchema=" + schema);
        cfg.setMaximumPoolSize(6);
        cfg.setPoolName(schema);
        dataSource = new HikariDataSource(cfg);
    }

    @Override
    public void close() throws SQLException {
        dataSource.close();
        try (Connection c = DriverManager.getConnection(ADMIN); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
