package org.dvpp.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.participant.Participant;
import org.dvpp.storage.spi.AuditAction;
import org.dvpp.storage.spi.AuditChainBrokenException;
import org.dvpp.storage.spi.AuditEntry;
import org.dvpp.storage.spi.AuditVerification;
import org.dvpp.storage.spi.KeyProvider;
import org.dvpp.storage.spi.KeyProviders;
import org.dvpp.storage.spi.SignedAuditHead;
import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.spi.StorageConfig;
import org.dvpp.storage.spi.StorageConfigurationException;
import org.dvpp.storage.spi.Transaction;
import org.dvpp.storage.tck.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Item 26 beyond the chain itself: a signed head exported on demand detects a truncated tail that the chain cannot
 * show (the head row rewound with it), and on PostgreSQL and MariaDB the SDK runs as a role that cannot UPDATE,
 * DELETE or TRUNCATE the audit log.
 */
class AuditProofTest {

    static TestDatabases.Db database(String kind) {
        return switch (kind) {
            case "postgresql" -> TestDatabases.postgres();
            case "mariadb" -> TestDatabases.mariadb();
            default -> TestDatabases.h2();
        };
    }

    static Path signingKeyset() throws Exception {
        Path file = Files.createTempDirectory("dvpp-signing").resolve("audit-signing.json");
        KeyProviders.generateAuditSigningKeysetFile(file);
        return file;
    }

    private static Storage open(javax.sql.DataSource ds, KeyProvider keys, String... options) {
        StorageConfig.Builder b = StorageConfig.builder(ds).keyProvider(keys);
        for (int i = 0; i < options.length; i += 2) {
            b.option(options[i], options[i + 1]);
        }
        return new JdbcStorageProvider().open(b.build());
    }

    private static void appendSix(Storage storage, Fixtures f, boolean registerAgency) {
        storage.inTransaction(f.agencyId(), (Transaction tx) -> {
            if (registerAgency) {
                tx.agencies().insert(f.agency());
            }
            for (int i = 0; i < 6; i++) {
                tx.audit().append(new AuditEntry(f.worker(), AuditAction.READ, "PersonAtRisk", UUID.randomUUID(),
                        "review", Fixtures.AT));
            }
            return null;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void item26_aTruncatedTailIsDetectedAgainstTheLastSignedHead(String kind) throws Exception {
        Path signing = signingKeyset();
        try (TestDatabases.Db db = database(kind);
                Storage storage = open(db.dataSource, KeyProviders.keysetFile(db.keyset, signing))) {
            Fixtures f = new Fixtures(AgencyId.random(), "A");
            appendSix(storage, f, true);
            SignedAuditHead head = storage.inTransaction(f.agencyId(), (Transaction tx) -> tx.audit().signedHead());
            assertThat(head.sequence()).isEqualTo(6);
            SignedAuditHead kept = SignedAuditHead.parse(head.encoded());
            assertThat(kept).isEqualTo(head);
            assertThat(storage.readOnly(f.agencyId(), (Transaction tx) -> tx.audit().verify(kept)).intact()).isTrue();
            appendSix(storage, f, false); // more entries after the export are fine
            assertThat(storage.readOnly(f.agencyId(), (Transaction tx) -> tx.audit().verify(kept)).intact()).isTrue();

            // cut the tail from 5 on and rewind the head row, as someone covering their tracks would
            String headHash;
            try (Connection c = db.raw()) {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT entry_hash FROM audit_log WHERE agency_id = ? AND seq = 4")) {
                    bind(c, ps, 1, f.agencyId().value());
                    try (var rs = ps.executeQuery()) {
                        rs.next();
                        headHash = rs.getString(1);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM audit_log WHERE agency_id = ? AND seq >= 5")) {
                    bind(c, ps, 1, f.agencyId().value());
                    assertThat(ps.executeUpdate()).isEqualTo(8);
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE audit_head SET last_seq = 4, last_hash = ? WHERE agency_id = ?")) {
                    ps.setString(1, headHash);
                    bind(c, ps, 2, f.agencyId().value());
                    assertThat(ps.executeUpdate()).isEqualTo(1);
                }
            }
            // the chain alone looks whole ...
            assertThat(storage.readOnly(f.agencyId(), (Transaction tx) -> tx.audit().verify()).intact()).isTrue();
            // ... the signed head does not
            AuditVerification v = storage.readOnly(f.agencyId(), (Transaction tx) -> tx.audit().verify(kept));
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBrokenSequence()).contains(5L);

            // a head whose sequence was edited does not verify
            SignedAuditHead forged = new SignedAuditHead(kept.agency(), 4, headHash, kept.signedAt(),
                    kept.signature());
            assertThatThrownBy(() -> storage.readOnly(f.agencyId(), (Transaction tx) -> tx.audit().verify(forged)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.violations().get(0).rule()).isEqualTo("signature"));
            // a head signed with another key does not verify
            try (Storage other = open(db.dataSource, KeyProviders.keysetFile(db.keyset, signingKeyset()))) {
                assertThatThrownBy(() -> other.readOnly(f.agencyId(), (Transaction tx) -> tx.audit().verify(kept)))
                        .isInstanceOf(InvalidInputException.class);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void item26_aBrokenChainIsNeverSignedAndNoSigningKeyIsAClearError(String kind) throws Exception {
        Path signing = signingKeyset();
        try (TestDatabases.Db db = database(kind);
                Storage storage = open(db.dataSource, KeyProviders.keysetFile(db.keyset, signing));
                Storage unsigned = db.open()) {
            Fixtures f = new Fixtures(AgencyId.random(), "A");
            appendSix(storage, f, true);
            assertThatThrownBy(() -> unsigned.inTransaction(f.agencyId(), (Transaction tx) -> tx.audit().signedHead()))
                    .isInstanceOf(StorageConfigurationException.class)
                    .hasMessageContaining("No audit signing key");
            try (Connection c = db.raw(); PreparedStatement ps = c.prepareStatement(
                    "UPDATE audit_log SET purpose = 'x' WHERE agency_id = ? AND seq = 2")) {
                bind(c, ps, 1, f.agencyId().value());
                ps.executeUpdate();
            }
            assertThatThrownBy(() -> storage.inTransaction(f.agencyId(), (Transaction tx) -> tx.audit().signedHead()))
                    .isInstanceOfSatisfying(AuditChainBrokenException.class,
                            e -> assertThat(e.firstBrokenSequence()).isEqualTo(2));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb"})
    void item26_theRuntimeRoleCannotUpdateDeleteOrTruncateTheAuditLogAndTheSdkStillWorks(String kind)
            throws Exception {
        String role = "dvpp_rt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String password = "rt-" + UUID.randomUUID();
        boolean pg = kind.equals("postgresql");
        Path signing = signingKeyset();
        try (TestDatabases.Db db = database(kind)) {
            admin(pg, pg ? "CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'"
                    : "CREATE USER '" + role + "'@'%' IDENTIFIED BY '" + password + "'");
            try {
                KeyProvider keys = KeyProviders.keysetFile(db.keyset, signing);
                // the deployment step: open once as the schema's owner, which migrates and grants the runtime role
                open(db.dataSource, keys, StorageConfig.RUNTIME_ROLE, role).close();
                HikariConfig cfg = new HikariConfig();
                cfg.setJdbcUrl(pg ? "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + db.name
                        : "jdbc:mariadb://127.0.0.1:3306/" + db.name);
                cfg.setUsername(role);
                cfg.setPassword(password);
                cfg.setMaximumPoolSize(3);
                try (HikariDataSource runtime = new HikariDataSource(cfg); Storage storage = open(runtime, keys)) {
                    Fixtures f = new Fixtures(AgencyId.random(), "RT");
                    appendSix(storage, f, true);
                    Participant p = f.participant("north");
                    storage.inTransaction(f.agencyId(), (Transaction tx) -> {
                        tx.participants().insert(p);
                        return null;
                    });
                    assertThat(storage.readOnly(f.agencyId(), (Transaction tx) -> tx.participants().list(0, 10)))
                            .hasSize(1);
                    SignedAuditHead head = storage.inTransaction(f.agencyId(),
                            (Transaction tx) -> tx.audit().signedHead());
                    assertThat(storage.readOnly(f.agencyId(), (Transaction tx) -> tx.audit().verify(head)).intact())
                            .isTrue();
                    try (Connection c = runtime.getConnection()) {
                        for (String sql : java.util.List.of("UPDATE audit_log SET purpose = 'nothing to see'",
                                "DELETE FROM audit_log", "TRUNCATE TABLE audit_log")) {
                            assertThatThrownBy(() -> {
                                try (Statement s = c.createStatement()) {
                                    s.execute(sql);
                                }
                            }).as(sql).isInstanceOfSatisfying(SQLException.class, e -> {
                                if (pg) {
                                    assertThat(e.getSQLState()).isEqualTo("42501"); // insufficient_privilege
                                } else {
                                    assertThat(e.getErrorCode()).isEqualTo(1142); // command denied to user
                                }
                            });
                        }
                    }
                    // the audit log is as the SDK wrote it
                    assertThat(storage.readOnly(f.agencyId(), (Transaction tx) -> tx.audit().verify(head)).intact())
                            .isTrue();
                }
            } finally {
                if (pg) {
                    admin(true, "DROP OWNED BY " + role);
                    admin(true, "DROP ROLE " + role);
                } else {
                    admin(false, "DROP USER '" + role + "'@'%'");
                }
            }
        }
    }

    private static void admin(boolean pg, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(pg ? TestDatabases.PG_ADMIN_URL
                : TestDatabases.MARIADB_ADMIN_URL); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static void bind(Connection c, PreparedStatement ps, int i, UUID id) throws SQLException {
        if (c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("maria")) {
            ps.setString(i, id.toString());
        } else {
            ps.setObject(i, id);
        }
    }
}
