package org.dvpp.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.agency.Agency;
import org.dvpp.domain.agency.Area;
import org.dvpp.domain.agency.ServiceArea;
import org.dvpp.storage.jdbc.internal.Dialect;
import org.dvpp.storage.jdbc.internal.MigrationRunner;
import org.dvpp.storage.jdbc.internal.MigrationRunner.Outcome;
import org.dvpp.storage.spi.KeyProviders;
import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.spi.StorageConfig;
import org.dvpp.storage.spi.StorageConfigurationException;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schema options an embedder needs: the SDK's tables beside a host's own tables created first
 * ({@link StorageConfig#SHARED_SCHEMA}), a history table of another name ({@link StorageConfig#HISTORY_TABLE}) and a
 * schema of the SDK's own ({@link StorageConfig#SCHEMA}), each on H2, PostgreSQL and MariaDB, with the start-up fast
 * paths (which read and write the history table without Flyway) kept consistent with Flyway.
 */
class SchemaOptionsTest {

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("H2", (Supplier<TestDatabases.Db>) TestDatabases::h2, Dialect.H2),
                Arguments.of("PostgreSQL", (Supplier<TestDatabases.Db>) TestDatabases::postgres, Dialect.POSTGRESQL),
                Arguments.of("MariaDB", (Supplier<TestDatabases.Db>) TestDatabases::mariadb, Dialect.MARIADB));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theSdksTablesGoBesideTheHostsOwnTablesCreatedFirst(String name, Supplier<TestDatabases.Db> make,
            Dialect dialect) throws Exception {
        try (TestDatabases.Db db = make.get()) {
            exec(db, "CREATE TABLE crm_client (id INT PRIMARY KEY, name VARCHAR(80) NOT NULL)");
            exec(db, "INSERT INTO crm_client VALUES (1, 'kept')");
            // without the option a schema holding someone else's tables is refused, with the way out named
            assertThatThrownBy(() -> open(db, b -> { }))
                    .isInstanceOf(StorageConfigurationException.class).hasMessageContaining("non-empty schema")
                    .hasMessageContaining("StorageConfig.SHARED_SCHEMA").hasMessageContaining("StorageConfig.SCHEMA");
            assertThat(tables(db)).containsExactly("crm_client");

            AgencyId agency = AgencyId.random();
            try (Storage s = open(db, b -> b.option(StorageConfig.SHARED_SCHEMA, "true"))) {
                s.inTransaction(agency, tx -> {
                    tx.agencies().insert(agency(agency));
                    return null;
                });
            }
            assertThat(tables(db)).contains("crm_client", "dvpp_schema_history", "agency", "dv_case", "audit_log");
            assertThat(single(db, "SELECT name FROM crm_client WHERE id = 1")).isEqualTo("kept");
            // Flyway's baseline row sits below every script: Flyway sees everything applied, nothing pending ...
            var flyway = MigrationRunner.configured(db.dataSource, dialect, MigrationRunner.HISTORY_TABLE, true);
            flyway.validate();
            assertThat(flyway.info().pending()).isEmpty();
            assertThat(flyway.info().applied()).extracting(MigrationInfo::getScript)
                    .contains("V1__schema.sql", "V10__referral_episode.sql");
            // ... and the next start finds the schema current without loading Flyway, and the data still there
            assertThat(MigrationRunner.migrate(db.dataSource, dialect, new MigrationRunner.Options(
                    MigrationRunner.HISTORY_TABLE, true))).isEqualTo(Outcome.ALREADY_CURRENT);
            try (Storage s = open(db, b -> b.option(StorageConfig.SHARED_SCHEMA, "true"))) {
                java.util.Optional<Agency> found = s.readOnly(agency, tx -> tx.agencies().find());
                assertThat(found).isPresent();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aHostTableWithTheNameOfOneOfTheSdksIsRefusedAndNothingIsCreated(String name,
            Supplier<TestDatabases.Db> make, Dialect dialect) throws Exception {
        try (TestDatabases.Db db = make.get()) {
            exec(db, "CREATE TABLE crm_client (id INT PRIMARY KEY)");
            exec(db, "CREATE TABLE referral (id INT PRIMARY KEY)");
            assertThatThrownBy(() -> open(db, b -> b.option(StorageConfig.SHARED_SCHEMA, "true")))
                    .isInstanceOf(StorageConfigurationException.class).hasMessageContaining("[referral]")
                    .hasMessageContaining("nothing was created");
            assertThat(tables(db)).containsExactlyInAnyOrder("crm_client", "referral");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theHistoryTableCanHaveAnotherName(String name, Supplier<TestDatabases.Db> make, Dialect dialect)
            throws Exception {
        try (TestDatabases.Db db = make.get()) {
            exec(db, "CREATE TABLE crm_client (id INT PRIMARY KEY)");
            try (Storage s = open(db, b -> b.option(StorageConfig.SHARED_SCHEMA, "true")
                    .option(StorageConfig.HISTORY_TABLE, "crm_dvpp_history"))) {
                assertThat(s.providerId()).isEqualTo("jdbc");
            }
            assertThat(tables(db)).contains("crm_dvpp_history", "agency").doesNotContain("dvpp_schema_history");
            var flyway = MigrationRunner.configured(db.dataSource, dialect, "crm_dvpp_history", true);
            flyway.validate();
            assertThat(flyway.info().pending()).isEmpty();
            assertThat(MigrationRunner.migrate(db.dataSource, dialect,
                    new MigrationRunner.Options("crm_dvpp_history", true))).isEqualTo(Outcome.ALREADY_CURRENT);
        }
    }

    @Test
    void aNewEmbeddedDatabaseWritesItsHistoryUnderTheChosenNameAsFlywayWould() throws Exception {
        try (TestDatabases.Db direct = TestDatabases.h2(); TestDatabases.Db byFlyway = TestDatabases.h2()) {
            var options = new MigrationRunner.Options("app_dvpp_history", false);
            assertThat(MigrationRunner.migrate(direct.dataSource, Dialect.H2, options))
                    .isEqualTo(Outcome.CREATED_EMBEDDED);
            MigrationRunner.configured(byFlyway.dataSource, Dialect.H2, "app_dvpp_history", false).migrate();
            String history = "SELECT \"installed_rank\", \"version\", \"type\", \"script\", \"checksum\", \"success\" "
                    + "FROM \"app_dvpp_history\" ORDER BY \"installed_rank\"";
            assertThat(rows(direct, history)).isEqualTo(rows(byFlyway, history)).hasSize(4); // table, V1, V10, V20
            var flyway = MigrationRunner.configured(direct.dataSource, Dialect.H2, "app_dvpp_history", false);
            flyway.validate();
            assertThat(flyway.info().pending()).isEmpty();
            assertThat(MigrationRunner.migrate(direct.dataSource, Dialect.H2, options))
                    .isEqualTo(Outcome.ALREADY_CURRENT);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aSchemaOfItsOwnKeepsTheSdksTablesApartAndGivesTheHostItsConnectionsBackUnchanged(String name,
            Supplier<TestDatabases.Db> make, Dialect dialect) throws Exception {
        try (TestDatabases.Db db = make.get()) {
            String own = db.name + "_sdk";
            exec(db, "CREATE TABLE crm_client (id INT PRIMARY KEY)");
            String hostSchema;
            try (Connection c = db.raw()) {
                hostSchema = dialect == Dialect.MARIADB ? c.getCatalog() : c.getSchema();
            }
            AgencyId agency = AgencyId.random();
            try {
                try (Storage s = open(db, b -> b.option(StorageConfig.SCHEMA, own))) {
                    s.inTransaction(agency, tx -> {
                        tx.agencies().insert(agency(agency));
                        return null;
                    });
                    // every connection the host borrows afterwards is in its own schema again
                    for (int i = 0; i < 15; i++) {
                        try (Connection c = db.raw()) {
                            assertThat(dialect == Dialect.MARIADB ? c.getCatalog() : c.getSchema())
                                    .isEqualTo(hostSchema);
                        }
                    }
                }
                assertThat(tables(db)).containsExactly("crm_client");
                try (Connection c = db.raw()) {
                    List<String> sdk = tables(c, dialect, own);
                    assertThat(sdk).contains("dvpp_schema_history", "agency", "dv_case");
                }
                try (Storage s = open(db, b -> b.option(StorageConfig.SCHEMA, own))) {
                    java.util.Optional<Agency> found = s.readOnly(agency, tx -> tx.agencies().find());
                assertThat(found).isPresent();
                }
            } finally {
                exec(db, dialect == Dialect.MARIADB ? "DROP DATABASE IF EXISTS " + own
                        : "DROP SCHEMA IF EXISTS \"" + own + "\" CASCADE");
            }
        }
    }

    @Test
    void aMisspeltOrMalformedOptionIsRefusedBeforeAnythingIsTouched() throws Exception {
        try (TestDatabases.Db db = TestDatabases.h2()) {
            assertThatThrownBy(() -> open(db, b -> b.option("schema.share", "true")))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("schema.share")
                    .hasMessageContaining(StorageConfig.SHARED_SCHEMA);
            assertThatThrownBy(() -> open(db, b -> b.option(StorageConfig.SHARED_SCHEMA, "yes")))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("true or false");
            assertThatThrownBy(() -> open(db, b -> b.option(StorageConfig.HISTORY_TABLE, "h\"; DROP TABLE x; --")))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining(StorageConfig.HISTORY_TABLE);
            assertThatThrownBy(() -> open(db, b -> b.option(StorageConfig.SCHEMA, "Mixed")))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining(StorageConfig.SCHEMA);
            assertThat(tables(db)).isEmpty();
        }
    }

    private static Agency agency(AgencyId id) {
        return new Agency(id, "Shared schema agency", new ServiceArea(List.of(new Area("merton", "Merton"))));
    }

    private static Storage open(TestDatabases.Db db, java.util.function.Consumer<StorageConfig.Builder> options) {
        StorageConfig.Builder b = StorageConfig.builder(db.dataSource).keyProvider(KeyProviders.keysetFile(db.keyset));
        options.accept(b);
        return new JdbcStorageProvider().open(b.build());
    }

    private static void exec(TestDatabases.Db db, String sql) throws SQLException {
        try (Connection c = db.raw(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String single(TestDatabases.Db db, String sql) throws SQLException {
        try (Connection c = db.raw(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<String> rows(TestDatabases.Db db, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.raw(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(rs.getString(i)).append('|');
                }
                out.add(row.toString());
            }
        }
        return out;
    }

    /** @return the tables of the data source's current schema, lower case */
    private static List<String> tables(TestDatabases.Db db) throws SQLException {
        try (Connection c = db.raw()) {
            Dialect dialect = Dialect.detect(c);
            return tables(c, dialect, dialect == Dialect.MARIADB ? c.getCatalog() : c.getSchema());
        }
    }

    private static List<String> tables(Connection c, Dialect dialect, String schema) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        List<String> out = new ArrayList<>();
        try (ResultSet rs = dialect == Dialect.MARIADB ? md.getTables(schema, null, "%", new String[] {"TABLE"})
                : md.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                out.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
