package org.dvpp.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dvpp.storage.jdbc.internal.Dialect;
import org.dvpp.storage.jdbc.internal.MigrationRunner;
import org.dvpp.storage.jdbc.internal.MigrationRunner.Outcome;
import org.dvpp.storage.spi.StorageConfigurationException;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

/**
 * The migration fast paths must be indistinguishable from Flyway: a new embedded database created without Flyway has
 * the same schema and history rows as one Flyway made, Flyway itself validates it, and whatever is not exactly current
 * still goes to Flyway (which migrates it or refuses).
 */
class MigrationRunnerTest {

    @Test
    void aNewEmbeddedDatabaseLooksExactlyAsIfFlywayHadMadeIt() throws Exception {
        try (TestDatabases.Db byFlyway = TestDatabases.h2(); TestDatabases.Db direct = TestDatabases.h2()) {
            MigrationRunner.configured(byFlyway.dataSource, Dialect.H2).migrate();
            assertThat(MigrationRunner.migrate(direct.dataSource, Dialect.H2)).isEqualTo(Outcome.CREATED_EMBEDDED);

            assertThat(schema(direct)).isEqualTo(schema(byFlyway)).hasSizeGreaterThan(40);
            assertThat(history(direct)).isEqualTo(history(byFlyway)).hasSize(4); // the table entry, V1, V10 and V20
            // Flyway reads the directly made history as its own: valid, nothing pending, every script applied
            var flyway = MigrationRunner.configured(direct.dataSource, Dialect.H2);
            flyway.validate();
            assertThat(flyway.info().pending()).isEmpty();
            assertThat(flyway.info().applied()).extracting(MigrationInfo::getScript).containsExactly("V1__schema.sql", "V10__referral_episode.sql",
                    "V20__pathways_facilitators_voids.sql");
        }
    }

    @Test
    void aCurrentSchemaIsLeftAloneWithoutFlyway() {
        try (TestDatabases.Db byFlyway = TestDatabases.h2(); TestDatabases.Db direct = TestDatabases.h2()) {
            MigrationRunner.configured(byFlyway.dataSource, Dialect.H2).migrate();
            assertThat(MigrationRunner.migrate(byFlyway.dataSource, Dialect.H2)).isEqualTo(Outcome.ALREADY_CURRENT);
            MigrationRunner.migrate(direct.dataSource, Dialect.H2);
            assertThat(MigrationRunner.migrate(direct.dataSource, Dialect.H2)).isEqualTo(Outcome.ALREADY_CURRENT);
        }
    }

    @Test
    void startsRacingOnOneNewEmbeddedDatabaseCreateItOnce() throws Exception {
        try (TestDatabases.Db db = TestDatabases.h2()) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Outcome>> runs = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    runs.add(pool.submit(() -> MigrationRunner.migrate(db.dataSource, Dialect.H2)));
                }
                List<Outcome> outcomes = new ArrayList<>();
                for (Future<Outcome> f : runs) {
                    outcomes.add(f.get());
                }
                assertThat(outcomes).containsOnlyOnce(Outcome.CREATED_EMBEDDED)
                        .containsOnly(Outcome.CREATED_EMBEDDED, Outcome.ALREADY_CURRENT);
            } finally {
                pool.shutdownNow();
            }
            assertThat(history(db)).hasSize(4);
        }
    }

    @Test
    void aChangedScriptIsCaughtByFlywaysValidation() throws Exception {
        try (TestDatabases.Db db = TestDatabases.h2()) {
            MigrationRunner.migrate(db.dataSource, Dialect.H2);
            update(db, "UPDATE \"dvpp_schema_history\" SET \"checksum\" = \"checksum\" + 1 WHERE \"version\" = '1'");
            assertThatThrownBy(() -> MigrationRunner.migrate(db.dataSource, Dialect.H2))
                    .isInstanceOf(StorageConfigurationException.class).hasMessageContaining("checksum mismatch");
        }
    }

    @Test
    void aFailedEntryGoesToFlywayWhichRefuses() throws Exception {
        try (TestDatabases.Db db = TestDatabases.h2()) {
            MigrationRunner.migrate(db.dataSource, Dialect.H2);
            update(db, "UPDATE \"dvpp_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '1'");
            assertThatThrownBy(() -> MigrationRunner.migrate(db.dataSource, Dialect.H2))
                    .isInstanceOf(StorageConfigurationException.class).hasMessageContaining("failed");
        }
    }

    @Test
    void aNonEmptySchemaWithoutHistoryIsNeitherCreatedOverNorTouched() throws Exception {
        try (TestDatabases.Db db = TestDatabases.h2()) {
            update(db, "CREATE TABLE host_table (id INT PRIMARY KEY)");
            assertThatThrownBy(() -> MigrationRunner.migrate(db.dataSource, Dialect.H2))
                    .isInstanceOf(StorageConfigurationException.class).hasMessageContaining("non-empty schema");
            assertThat(schema(db)).noneMatch(line -> line.contains("\"agency\""));
        }
    }

    @Test
    void theChecksumIsFlywaysForEveryScript() throws Exception {
        try (TestDatabases.Db db = TestDatabases.h2()) {
            MigrationRunner.configured(db.dataSource, Dialect.H2).migrate();
            for (MigrationInfo applied : MigrationRunner.configured(db.dataSource, Dialect.H2).info().applied()) {
                assertThat(MigrationRunner.checksum(applied.getScript())).isEqualTo(applied.getChecksum());
            }
        }
    }

    @Test
    void postgresqlAndMariaDbAreMigratedByFlywayThenFoundCurrent() {
        try (TestDatabases.Db pg = TestDatabases.postgres()) {
            assertThat(MigrationRunner.migrate(pg.dataSource, Dialect.POSTGRESQL))
                    .isEqualTo(Outcome.MIGRATED_BY_FLYWAY);
            assertThat(MigrationRunner.migrate(pg.dataSource, Dialect.POSTGRESQL)).isEqualTo(Outcome.ALREADY_CURRENT);
        }
        try (TestDatabases.Db maria = TestDatabases.mariadb()) {
            assertThat(MigrationRunner.migrate(maria.dataSource, Dialect.MARIADB))
                    .isEqualTo(Outcome.MIGRATED_BY_FLYWAY);
            assertThat(MigrationRunner.migrate(maria.dataSource, Dialect.MARIADB)).isEqualTo(Outcome.ALREADY_CURRENT);
        }
    }

    private static void update(TestDatabases.Db db, String sql) throws SQLException {
        try (Connection c = db.raw(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The schema as H2 scripts it, without the user line (its password salt differs per database). */
    private static List<String> schema(TestDatabases.Db db) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection c = db.raw(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SCRIPT NODATA")) {
            while (rs.next()) {
                String line = rs.getString(1);
                if (!line.startsWith("CREATE USER")) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    /** The history rows, without the time they were written and how long they took. */
    private static List<String> history(TestDatabases.Db db) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.raw(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT \"installed_rank\", \"version\", \"description\", \"type\", "
                        + "\"script\", \"checksum\", \"installed_by\", \"success\" FROM \"dvpp_schema_history\" "
                        + "ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= 8; i++) {
                    row.append(rs.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
