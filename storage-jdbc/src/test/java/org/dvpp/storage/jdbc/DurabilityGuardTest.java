package org.dvpp.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.dvpp.storage.spi.KeyProviders;
import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.spi.StorageConfig;
import org.dvpp.storage.spi.StorageConfigurationException;
import org.junit.jupiter.api.Test;

/** Checklist item 40: opening storage on a PostgreSQL that may lose commits is refused (or warned, if configured). */
class DurabilityGuardTest {

    @Test
    void item40_synchronousCommitOffIsRefusedUnlessDowngradedToAWarning() throws Exception {
        try (TestDatabases.Db db = TestDatabases.postgres()) {
            String role = db.name + "_async";
            try (Connection c = DriverManager.getConnection(TestDatabases.PG_ADMIN_URL);
                    Statement s = c.createStatement()) {
                s.execute("CREATE ROLE " + role + " LOGIN");
                s.execute("ALTER ROLE " + role + " SET synchronous_commit = off");
                s.execute("GRANT ALL ON SCHEMA " + db.name + " TO " + role);
            }
            try {
                com.zaxxer.hikari.HikariConfig cfg = new com.zaxxer.hikari.HikariConfig();
                cfg.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/test?user=" + role + "&currentSchema=" + db.name);
                cfg.setMaximumPoolSize(4);
                com.zaxxer.hikari.HikariDataSource ds = new com.zaxxer.hikari.HikariDataSource(cfg);
                StorageConfig.Builder b = StorageConfig.builder(ds).keyProvider(KeyProviders.keysetFile(db.keyset));
                assertThatThrownBy(() -> new JdbcStorageProvider().open(b.build()))
                        .isInstanceOf(StorageConfigurationException.class)
                        .hasMessageContaining("synchronous_commit").hasMessageNotContaining("fsync");
                try (Storage s = new JdbcStorageProvider().open(b.option(JdbcStorageProvider.DURABILITY_GUARD, "warn")
                        .build())) {
                    assertThat(s).isNotNull();
                }
                // the ordinary role (server defaults) opens without the option
                try (Storage s = db.open()) {
                    assertThat(s).isNotNull();
                }
                ds.close();
            } finally {
                try (Connection c = DriverManager.getConnection(TestDatabases.PG_ADMIN_URL);
                        Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA IF EXISTS " + db.name + " CASCADE");
                    s.execute("CREATE SCHEMA " + db.name);
                    s.execute("DROP ROLE " + role);
                }
            }
        }
    }
}
