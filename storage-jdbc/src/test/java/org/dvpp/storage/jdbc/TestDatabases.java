package org.dvpp.storage.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.dvpp.storage.spi.KeyProviders;
import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.spi.StorageConfig;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the tests run on. H2 is always there. PostgreSQL (127.0.0.1:5432, user postgres, database test) and
 * MariaDB (127.0.0.1:3306, root, database test) are used when reachable; with {@code -Ddvpp.requireDatabases=true} an
 * unreachable one fails the test instead of skipping it. Each test class gets its own schema (PostgreSQL) or database
 * (MariaDB), dropped when it closes, so parallel runs do not collide.
 */
final class TestDatabases {
    static final String PG_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    static final String MARIADB_ADMIN_URL = "jdbc:mariadb://127.0.0.1:3306/test?user=root&password=";

    private TestDatabases() {
    }

    /** One isolated database for one test class. */
    static final class Db implements AutoCloseable {
        final String kind;
        final DataSource dataSource;
        final String name;
        final Path keyset;
        private final Runnable drop;

        Db(String kind, DataSource dataSource, String name, Path keyset, Runnable drop) {
            this.kind = kind;
            this.dataSource = dataSource;
            this.name = name;
            this.keyset = keyset;
            this.drop = drop;
        }

        Storage open() {
            return new JdbcStorageProvider().open(StorageConfig.builder(dataSource)
                    .keyProvider(KeyProviders.keysetFile(keyset)).build());
        }

        Connection raw() throws SQLException {
            return dataSource.getConnection();
        }

        @Override
        public void close() {
            if (dataSource instanceof HikariDataSource h) {
                h.close();
            }
            drop.run();
            try {
                Files.deleteIfExists(keyset);
            } catch (java.io.IOException e) {
                // a temp file; the OS cleans up
            }
        }
    }

    static Path keyset() {
        try {
            Path dir = Files.createTempDirectory("dvpp-keys");
            Path file = dir.resolve("keyset.json");
            Keysets.generate(file);
            return file;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String uniqueName() {
        return "dvpp_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    }

    static Db h2() {
        String name = uniqueName();
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(url);
        cfg.setMaximumPoolSize(12);
        cfg.setPoolName(name);
        return new Db("H2", new HikariDataSource(cfg), name, keyset(), () -> {
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException e) {
                // already gone
            }
        });
    }

    private static boolean required() {
        return Boolean.getBoolean("dvpp.requireDatabases");
    }

    private static void unavailable(String what, SQLException e) {
        unavailable(what, e, required());
    }

    static void unavailable(String what, SQLException e, boolean required) {
        String message = what + " is not reachable (" + e.getMessage() + ")";
        if (required) {
            Assertions.fail(message + "; -Ddvpp.requireDatabases=true makes it mandatory");
        }
        Assumptions.abort(message + "; skipping its tests (set -Ddvpp.requireDatabases=true to make this a failure)");
    }

    static Db postgres() {
        String schema = uniqueName();
        try (Connection c = DriverManager.getConnection(PG_ADMIN_URL); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            unavailable("PostgreSQL at 127.0.0.1:5432 (user postgres, database test)", e);
        }
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/test?user=postgres&currentSchema=" + schema
                + "&reWriteBatchedInserts=true&ApplicationName=" + schema);
        cfg.setMaximumPoolSize(12);
        cfg.setPoolName(schema);
        return new Db("PostgreSQL", new HikariDataSource(cfg), schema, keyset(), () -> {
            try (Connection c = DriverManager.getConnection(PG_ADMIN_URL); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException("could not drop test schema " + schema, e);
            }
        });
    }

    static Db mariadb() {
        String db = uniqueName();
        try (Connection c = DriverManager.getConnection(MARIADB_ADMIN_URL); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db + " CHARACTER SET utf8mb4");
        } catch (SQLException e) {
            unavailable("MariaDB at 127.0.0.1:3306 (user root, database test)", e);
        }
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl("jdbc:mariadb://127.0.0.1:3306/" + db + "?user=root&password=&rewriteBatchedStatements=true");
        cfg.setMaximumPoolSize(12);
        cfg.setPoolName(db);
        return new Db("MariaDB", new HikariDataSource(cfg), db, keyset(), () -> {
            try (Connection c = DriverManager.getConnection(MARIADB_ADMIN_URL); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE " + db);
            } catch (SQLException e) {
                throw new IllegalStateException("could not drop test database " + db, e);
            }
        });
    }
}
