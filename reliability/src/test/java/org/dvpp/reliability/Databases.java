package org.dvpp.reliability;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.dvpp.storage.jdbc.Keysets;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The real servers these tests need, in storage-jdbc's TestDatabases pattern: PostgreSQL at 127.0.0.1:5432 (user
 * postgres, database test) and MariaDB at 127.0.0.1:3306 (root, empty password, database test). Each test gets its own
 * schema (PostgreSQL) or database (MariaDB), dropped on close, so engineers and CI runs sharing a server do not collide.
 * A server that does not answer skips the test with a message naming it; with {@code -Ddvpp.requireDatabases=true}
 * (as {@code .ci/run} passes) it fails the test instead.
 */
final class Databases {
    static final String PG_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    static final String MARIADB_ADMIN_URL = "jdbc:mariadb://127.0.0.1:3306/test?user=root&password=";

    enum Kind { POSTGRESQL, MARIADB }

    private Databases() {
    }

    /**
     * @param kind the server
     * @param poolSize the pool's size
     * @return a fresh schema or database on it; a kind left out of {@code -Ddvpp.reliability.databases} (a comma list
     *     of kinds, such as {@code MARIADB}; unset means all) skips the test, saying so
     */
    static Database open(Kind kind, int poolSize) {
        String only = System.getProperty("dvpp.reliability.databases", "").trim();
        if (!only.isEmpty() && java.util.Arrays.stream(only.split(",")).map(String::trim)
                .noneMatch(k -> k.equalsIgnoreCase(kind.name()))) {
            Assumptions.abort(kind + " is left out by -Ddvpp.reliability.databases=" + only + "; skipping");
        }
        return kind == Kind.POSTGRESQL ? postgres(poolSize) : mariadb(poolSize);
    }

    private static String uniqueName() {
        return "dvpp_rel_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    }

    static void unavailable(String what, SQLException e) {
        String message = what + " is not reachable (" + e.getMessage() + ")";
        if (Boolean.getBoolean("dvpp.requireDatabases")) {
            Assertions.fail(message + "; -Ddvpp.requireDatabases=true makes it mandatory");
        }
        Assumptions.abort(message + "; skipping (set -Ddvpp.requireDatabases=true to make this a failure)");
    }

    private static Database postgres(int poolSize) {
        String schema = uniqueName();
        try (Connection c = DriverManager.getConnection(PG_ADMIN_URL); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            unavailable("PostgreSQL at 127.0.0.1:5432 (user postgres, database test)", e);
        }
        String url = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&currentSchema=" + schema
                + "&ApplicationName=" + schema;
        return new Database(Kind.POSTGRESQL, pool(url, schema, poolSize), schema, url, () -> adminRun(PG_ADMIN_URL,
                "DROP SCHEMA " + schema + " CASCADE"));
    }

    private static Database mariadb(int poolSize) {
        String db = uniqueName();
        try (Connection c = DriverManager.getConnection(MARIADB_ADMIN_URL); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db + " CHARACTER SET utf8mb4");
        } catch (SQLException e) {
            unavailable("MariaDB at 127.0.0.1:3306 (user root, database test)", e);
        }
        String url = "jdbc:mariadb://127.0.0.1:3306/" + db + "?user=root&password=";
        return new Database(Kind.MARIADB, pool(url, db, poolSize), db, url, () -> adminRun(MARIADB_ADMIN_URL,
                "DROP DATABASE " + db));
    }

    private static HikariDataSource pool(String url, String name, int size) {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(url);
        cfg.setMaximumPoolSize(size);
        cfg.setPoolName(name);
        return new HikariDataSource(cfg);
    }

    private static void adminRun(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run " + sql, e);
        }
    }

    /** One connection outside the SDK for one-number queries. */
    static final class Checker implements AutoCloseable {
        private final Database db;
        private final Connection c;

        Checker(Database db, Connection c) {
            this.db = db;
            this.c = c;
        }

        long count(String sql, UUID... params) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    db.bindUuid(ps, i + 1, params[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }

        @Override
        public void close() throws SQLException {
            c.close();
        }
    }

    /** One isolated schema or database, its pool and a fresh keyset. */
    static final class Database implements AutoCloseable {
        final Kind kind;
        final HikariDataSource dataSource;
        final String name;
        final String url;
        final Path keyset;
        private final Runnable drop;
        /** The snapshots' own connection, outside the pool (kept open: snapshots are taken hundreds of times). */
        private Connection inspector;

        Database(Kind kind, HikariDataSource dataSource, String name, String url, Runnable drop) {
            this.kind = kind;
            this.dataSource = dataSource;
            this.name = name;
            this.url = url;
            this.drop = drop;
            try {
                this.keyset = Files.createTempDirectory("dvpp-rel-keys").resolve("keyset.json");
                Keysets.generate(keyset);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /**
         * Kills the server session behind a physical connection from a second, administrative connection, and returns
         * once the server reports it gone: PostgreSQL's pg_terminate_backend with a wait, MariaDB's KILL CONNECTION.
         */
        void killSessionOf(Connection physical) throws SQLException {
            long id;
            String idQuery = kind == Kind.POSTGRESQL ? "SELECT pg_backend_pid()" : "SELECT CONNECTION_ID()";
            try (Statement s = physical.createStatement(); ResultSet rs = s.executeQuery(idQuery)) {
                rs.next();
                id = rs.getLong(1);
            }
            if (kind == Kind.POSTGRESQL) {
                try (Connection admin = DriverManager.getConnection(PG_ADMIN_URL);
                        PreparedStatement ps = admin.prepareStatement("SELECT pg_terminate_backend(?, 10000)")) {
                    ps.setInt(1, (int) id);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        if (!rs.getBoolean(1)) {
                            throw new IllegalStateException("backend " + id + " did not terminate within 10 s");
                        }
                    }
                }
            } else {
                try (Connection admin = DriverManager.getConnection(MARIADB_ADMIN_URL);
                        Statement s = admin.createStatement()) {
                    s.execute("KILL CONNECTION " + id);
                    // KILL returns once the session is flagged; wait (bounded) until the server no longer lists it
                    long deadline = System.nanoTime() + 10_000_000_000L;
                    while (true) {
                        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.PROCESSLIST "
                                + "WHERE ID = " + id)) {
                            rs.next();
                            if (rs.getLong(1) == 0) {
                                break;
                            }
                        }
                        if (System.nanoTime() > deadline) {
                            throw new IllegalStateException("session " + id + " still listed 10 s after KILL");
                        }
                        Thread.onSpinWait();
                    }
                }
            }
        }

        /**
         * @return every row of every table of this schema (Flyway's history aside), each table's rows rendered as text
         *     and sorted: equal snapshots mean equal database states
         */
        Map<String, List<String>> snapshot() throws SQLException {
            Map<String, List<String>> out = new TreeMap<>();
            if (inspector == null || inspector.isClosed()) {
                inspector = DriverManager.getConnection(url);
            }
            Connection c = inspector;
            {
                List<String> tables = new ArrayList<>();
                String q = kind == Kind.POSTGRESQL
                        ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                        : "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()";
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(q)) {
                    while (rs.next()) {
                        String t = rs.getString(1);
                        if (!t.toLowerCase(Locale.ROOT).contains("flyway")) {
                            tables.add(t);
                        }
                    }
                }
                for (String t : tables) {
                    List<String> rows = new ArrayList<>();
                    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + t)) {
                        ResultSetMetaData md = rs.getMetaData();
                        while (rs.next()) {
                            StringBuilder row = new StringBuilder();
                            for (int i = 1; i <= md.getColumnCount(); i++) {
                                row.append(md.getColumnName(i)).append('=').append(rs.getString(i)).append(';');
                            }
                            rows.add(row.toString());
                        }
                    }
                    rows.sort(null);
                    out.put(t.toLowerCase(Locale.ROOT), rows);
                }
            }
            return out;
        }

        /** Binds a UUID as this engine stores it (native on PostgreSQL, text on MariaDB). */
        void bindUuid(PreparedStatement ps, int index, UUID value) throws SQLException {
            if (kind == Kind.POSTGRESQL) {
                ps.setObject(index, value);
            } else {
                ps.setString(index, value.toString());
            }
        }

        /** @return a connection of its own (outside the SDK and its pool) for one-number queries */
        Checker checker() throws SQLException {
            return new Checker(this, DriverManager.getConnection(url));
        }

        /** Runs a one-text query with UUID parameters on a fresh connection outside the SDK; null when no row. */
        String text(String sql, UUID... params) throws SQLException {
            try (Connection c = DriverManager.getConnection(url); PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    bindUuid(ps, i + 1, params[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        }

        /** Runs a one-number query with UUID parameters on a fresh connection outside the SDK. */
        long count(String sql, UUID... params) throws SQLException {
            try (Connection c = DriverManager.getConnection(url); PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    bindUuid(ps, i + 1, params[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }

        @Override
        public void close() {
            try {
                if (inspector != null) {
                    inspector.close();
                }
            } catch (SQLException e) {
                // closing anyway
            }
            dataSource.close();
            drop.run();
        }
    }
}
