package org.dvpp.examples.crm;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The CRM's database for a test: a fresh PostgreSQL schema (127.0.0.1:5432, user postgres, database test), dropped
 * afterwards, or an in-memory H2 database. Without PostgreSQL the test is skipped with a message naming what is
 * missing; with {@code -Ddvpp.requireDatabases=true} (CI) it fails instead.
 */
final class CrmDatabases {
    static final String PG_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private CrmDatabases() {
    }

    /** One database: the CRM's pool and how to drop it. */
    record Db(String kind, HikariDataSource pool, String schema, Runnable drop) implements AutoCloseable {
        @Override
        public void close() {
            pool.close();
            drop.run();
        }
    }

    static Db postgres() {
        String schema = "crm_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
                .toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(PG_ADMIN_URL); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            String message = "PostgreSQL at 127.0.0.1:5432 (user postgres, database test) is not reachable ("
                    + e.getMessage() + ")";
            if (Boolean.getBoolean("dvpp.requireDatabases")) {
                Assertions.fail(message + "; -Ddvpp.requireDatabases=true makes it mandatory");
            }
            Assumptions.abort(message + "; skipping the CRM acceptance test on PostgreSQL (set "
                    + "-Ddvpp.requireDatabases=true to make this a failure)");
        }
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/test?user=postgres&currentSchema=" + schema);
        cfg.setMaximumPoolSize(6);
        cfg.setPoolName(schema);
        return new Db("PostgreSQL", new HikariDataSource(cfg), schema, () -> {
            try (Connection c = DriverManager.getConnection(PG_ADMIN_URL); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException("could not drop test schema " + schema, e);
            }
        });
    }

    static Db h2() {
        String name = "crm_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(url);
        cfg.setMaximumPoolSize(6);
        cfg.setPoolName(name);
        return new Db("H2", new HikariDataSource(cfg), "PUBLIC", () -> {
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException e) {
                // already gone
            }
        });
    }
}
