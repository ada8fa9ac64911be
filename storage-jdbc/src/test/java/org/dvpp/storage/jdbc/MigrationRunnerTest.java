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
            assertThat(history(direct)).isEqualTo(history(byFlyway)).hasSize(MigrationRunner.scripts().size() + 1);
            // Flyway reads the directly made history as its own: valid, nothing pending, every script applied
            var flyway = MigrationRunner.configured(direct.dataSource, Dialect.H2);
            flyway.validate();
            assertThat(flyway.info().pending()).isEmpty();
            // Flyway, reading the folder, finds the same scripts in the same order as the runner's own list
            assertThat(flyway.info().applied()).extracting(MigrationInfo::getScript)
                    .containsExactlyElementsOf(MigrationRunner.scripts()).startsWith("V1__schema.sql");
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
            assertThat(history(db)).hasSize(MigrationRunner.scripts().size() + 1); // the table entry and each script
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

    @Test
    void aDatabaseAtV10WithAssessmentsAndReferralsIsUpgradedToV30OnEveryDatabase() throws Exception {
        try (TestDatabases.Db h2 = TestDatabases.h2()) {
            upgradesKeepingRows(h2, Dialect.H2);
        }
        try (TestDatabases.Db pg = TestDatabases.postgres()) {
            upgradesKeepingRows(pg, Dialect.POSTGRESQL);
        }
        try (TestDatabases.Db maria = TestDatabases.mariadb()) {
            upgradesKeepingRows(maria, Dialect.MARIADB);
        }
    }

    private static void upgradesKeepingRows(TestDatabases.Db db, Dialect dialect) throws SQLException {
        org.flywaydb.core.Flyway.configure(MigrationRunner.class.getClassLoader()).configuration(
                MigrationRunner.configured(db.dataSource, dialect).getConfiguration()).target("10").load().migrate();
        String agency = java.util.UUID.randomUUID().toString();
        try (Connection c = db.raw(); java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO assessment "
                + "(agency_id, id, case_id, instrument_id, instrument_version, time_point, completed_on, answers_enc, "
                + "total_enc, band_code_enc, assessor) VALUES ('" + agency + "', '" + java.util.UUID.randomUUID()
                + "', '" + java.util.UUID.randomUUID() + "', 'phq-9', '1', 'INTAKE', DATE '2026-01-05', ?, ?, ?, '"
                + java.util.UUID.randomUUID() + "')");
                Statement s = c.createStatement()) {
            for (int i = 1; i <= 3; i++) {
                ps.setBytes(i, new byte[] {1, 2, 3});
            }
            ps.executeUpdate();
            s.executeUpdate("INSERT INTO onward_referral (agency_id, id, case_id, made_on, service, organisation, "
                    + "status, made_by, row_version) VALUES ('" + agency + "', '" + java.util.UUID.randomUUID() + "', '"
                    + java.util.UUID.randomUUID() + "', DATE '2026-01-05', 'HOUSING', 'Housing Options', 'MADE', '"
                    + java.util.UUID.randomUUID() + "', 0)");
        }
        assertThat(MigrationRunner.migrate(db.dataSource, dialect)).as("%s", dialect).isEqualTo(
                Outcome.MIGRATED_BY_FLYWAY);
        try (Connection c = db.raw(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT informant FROM assessment")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).as("%s", dialect).isEqualTo("PARTICIPANT");
            }
            try (ResultSet rs = s.executeQuery("SELECT need_code FROM onward_referral")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).as("%s", dialect).isNull();
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM case_document")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isZero();
            }
        }
        assertThat(MigrationRunner.migrate(db.dataSource, dialect)).isEqualTo(Outcome.ALREADY_CURRENT);
    }

    /** A database a deployment made before partner support (V10) is brought to V40 by Flyway, then found current. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void aSchemaMadeBeforePartnerSupportIsUpgradedByFlywayThenFoundCurrent(String kind) throws Exception {
        try (TestDatabases.Db db = EncryptionAtRestTest.database(kind)) {
            Dialect dialect = switch (kind) {
                case "h2" -> Dialect.H2;
                case "postgresql" -> Dialect.POSTGRESQL;
                default -> Dialect.MARIADB;
            };
            org.flywaydb.core.Flyway.configure(MigrationRunner.class.getClassLoader())
                    .configuration(MigrationRunner.configured(db.dataSource, dialect).getConfiguration())
                    .target("10").load().migrate();
            assertThat(MigrationRunner.configured(db.dataSource, dialect).info().pending())
                    .extracting(MigrationInfo::getScript).containsExactlyElementsOf(MigrationRunner.scripts().stream()
                            .dropWhile(script -> !script.startsWith("V10__")).skip(1).toList())
                    .contains("V40__partner_support.sql");
            assertThat(MigrationRunner.migrate(db.dataSource, dialect)).isEqualTo(Outcome.MIGRATED_BY_FLYWAY);
            assertThat(MigrationRunner.migrate(db.dataSource, dialect)).isEqualTo(Outcome.ALREADY_CURRENT);
            assertThat(MigrationRunner.configured(db.dataSource, dialect).info().applied())
                    .extracting(MigrationInfo::getScript).endsWith(MigrationRunner.scripts().get(
                            MigrationRunner.scripts().size() - 1));
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
