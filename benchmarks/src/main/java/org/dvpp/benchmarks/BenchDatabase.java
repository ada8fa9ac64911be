package org.dvpp.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A database of one benchmark trial: a fresh in-memory H2 database, or a fresh schema on the local PostgreSQL
 * (127.0.0.1:5432, user postgres, database test) dropped at the end; both behind the same HikariCP pool.
 */
final class BenchDatabase implements AutoCloseable {
    private static final String PG_ADMIN = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    final String kind;
    final String schema;
    final HikariDataSource dataSource;

    BenchDatabase(String kind, int poolSize) throws SQLException {
        this.kind = kind;
        this.schema = "dvpp_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        HikariConfig cfg = new HikariConfig();
        if (kind.equals("postgresql")) {
            try (Connection c = DriverManager.getConnection(PG_ADMIN); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            cfg.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/test?user=postgres&currentSchema=" + schema
                    + "&reWriteBatchedInserts=true");
        } else if (kind.equals("h2")) {
            cfg.setJdbcUrl("jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1");
        } else {
            throw new IllegalArgumentException("db must be h2 or postgresql, was " + kind);
        }
        cfg.setMaximumPoolSize(poolSize);
        dataSource = new HikariDataSource(cfg);
    }

    /** @return the number of rows in each table, to check that two paths write the same rows */
    Map<String, Long> counts(List<String> tables) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String t : tables) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + t)) {
                    rs.next();
                    out.put(t, rs.getLong(1));
                }
            }
        }
        return out;
    }

    /** The difference of two counts, table by table. */
    static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> out = new LinkedHashMap<>();
        after.forEach((t, n) -> out.put(t, n - before.getOrDefault(t, 0L)));
        return out;
    }

    @Override
    public void close() throws SQLException {
        dataSource.close();
        if (kind.equals("postgresql")) {
            try (Connection c = DriverManager.getConnection(PG_ADMIN); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
