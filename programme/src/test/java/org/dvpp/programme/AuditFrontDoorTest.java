package org.dvpp.programme;

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
import java.util.List;
import java.util.UUID;
import org.dvpp.domain.UserId;
import org.dvpp.domain.agency.Area;
import org.dvpp.domain.agency.ServiceArea;
import org.dvpp.storage.spi.AuditAction;
import org.dvpp.storage.spi.AuditEntry;
import org.dvpp.storage.spi.AuditVerification;
import org.dvpp.storage.spi.KeyProvider;
import org.dvpp.storage.spi.KeyProviders;
import org.dvpp.storage.spi.SignedAuditHead;
import org.dvpp.storage.spi.StorageConfig;
import org.dvpp.storage.spi.StorageConfigurationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Item 26 through the front door: verify, signed heads, and the SDK running as a role that cannot rewrite audit. */
class AuditFrontDoorTest {

    /** @return a key provider with an audit signing keyset, in files of a new temporary directory */
    static KeyProvider signingKeys() throws Exception {
        Path dir = Files.createTempDirectory("dvpp-audit-keys");
        KeyProviders.generateKeysetFile(dir.resolve("data.json"));
        KeyProviders.generateAuditSigningKeysetFile(dir.resolve("signing.json"));
        return KeyProviders.keysetFile(dir.resolve("data.json"), dir.resolve("signing.json"));
    }

    private final List<SecurityEvent> security = new java.util.concurrent.CopyOnWriteArrayList<>();

    private Harness harness(String kind, KeyProvider keys) throws Exception {
        return kind.equals("postgresql")
                ? Harness.onPostgres(b -> b.keyProvider(keys).addSecurityEventListener(security::add))
                : new Harness(b -> b.keyProvider(keys).addSecurityEventListener(security::add));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void item26_verifyAndTheSignedHeadOnTheFrontDoorForTheRolesThatMayAudited(String kind) throws Exception {
        try (Harness h = harness(kind, signingKeys())) {
            h.readyMan();
            AuditVerification ok = h.dvpp.audit().verify(h.admin);
            assertThat(ok.intact()).isTrue();
            assertThat(ok.recordsChecked()).isPositive();
            assertThat(h.dvpp.audit().verify(h.manager).intact()).isTrue();
            for (ActingUser refused : List.of(h.practitioner, h.supervisor, h.partnerSupport, h.facilitator)) {
                assertThatThrownBy(() -> h.dvpp.audit().verify(refused)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> h.dvpp.audit().exportHead(refused))
                        .isInstanceOf(AccessDeniedException.class);
            }
            SignedAuditHead head = h.dvpp.audit().exportHead(h.admin);
            assertThat(head.agency()).isEqualTo(h.agency);
            h.readyMan(); // more work after the export
            assertThat(h.dvpp.audit().verify(h.admin, SignedAuditHead.parse(head.encoded())).intact()).isTrue();
            List<AuditEntry> audit = h.audit(h.agency);
            assertThat(audit).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo(AuditAction.READ);
                assertThat(e.purpose()).startsWith("audit.verify");
                assertThat(e.actor()).isEqualTo(h.admin.id());
            });
            assertThat(audit).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo(AuditAction.EXPORT);
                assertThat(e.purpose()).startsWith("audit.exportHead");
            });
            assertThat(audit).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo(AuditAction.DENIED);
                assertThat(e.purpose()).startsWith("audit.verify");
                assertThat(e.actor()).isEqualTo(h.practitioner.id());
            });
            // the tail cut off behind the SDK's back, into what the head covers, and the head row rewound with it
            SignedAuditHead kept = h.dvpp.audit().exportHead(h.admin);
            long keep = kept.sequence() - 3;
            try (Connection c = raw(h)) {
                String hashThere;
                try (PreparedStatement q = c.prepareStatement(
                        "SELECT entry_hash FROM audit_log WHERE agency_id = ? AND seq = ?")) {
                    q.setObject(1, h.agency.value());
                    q.setLong(2, keep);
                    try (var rs = q.executeQuery()) {
                        assertThat(rs.next()).isTrue();
                        hashThere = rs.getString(1);
                    }
                }
                try (PreparedStatement del = c.prepareStatement(
                        "DELETE FROM audit_log WHERE agency_id = ? AND seq > ?");
                        PreparedStatement rewind = c.prepareStatement(
                                "UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE agency_id = ?")) {
                    del.setObject(1, h.agency.value());
                    del.setLong(2, keep);
                    assertThat(del.executeUpdate()).isGreaterThanOrEqualTo(3);
                    rewind.setLong(1, keep);
                    rewind.setString(2, hashThere);
                    rewind.setObject(3, h.agency.value());
                    assertThat(rewind.executeUpdate()).isEqualTo(1);
                }
            }
            assertThat(h.dvpp.audit().verify(h.admin).intact()).as("the chain alone").isTrue();
            AuditVerification cut = h.dvpp.audit().verify(h.admin, kept);
            assertThat(cut.intact()).isFalse();
            // the chain-alone verify was audited as entry keep + 1, so keep + 2 is the first one missing
            assertThat(cut.firstBrokenSequence()).contains(keep + 2);
            // announced as a security event; the intact verifications before it were not
            assertThat(security).filteredOn(e -> e instanceof SecurityEvent.AuditChainBroken).singleElement()
                    .satisfies(e -> {
                        SecurityEvent.AuditChainBroken b = (SecurityEvent.AuditChainBroken) e;
                        assertThat(b.firstBrokenSequence()).isEqualTo(keep + 2);
                        assertThat(b.user()).isEqualTo(h.admin.id());
                        assertThat(b.agency()).isEqualTo(h.agency);
                    });
        }
    }

    private static Connection raw(Harness h) throws SQLException {
        PostgresTestDatabase pg = h.postgresDatabase();
        if (pg != null) {
            return pg.dataSource.getConnection();
        }
        return new org.dvpp.storage.jdbc.JdbcStorageProvider().embeddedDataSource(h.dir.resolve("db")).orElseThrow()
                .getConnection();
    }

    @org.junit.jupiter.api.Test
    void item26_withoutASigningKeyVerifyWorksAndExportingAHeadIsAClearError() throws Exception {
        try (Harness h = new Harness()) {
            assertThat(h.dvpp.audit().verify(h.admin).intact()).isTrue();
            assertThatThrownBy(() -> h.dvpp.audit().exportHead(h.admin))
                    .isInstanceOf(StorageConfigurationException.class).hasMessageContaining("audit signing key");
        }
    }

    @org.junit.jupiter.api.Test
    void item26_onPostgresTheSdkRunsAsARoleThatCannotUpdateDeleteOrTruncateTheAuditLog() throws Exception {
        String role = "dvpp_rt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String password = "rt-" + UUID.randomUUID();
        KeyProvider keys = signingKeys();
        try (PostgresTestDatabase db = new PostgresTestDatabase()) {
            admin("CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'");
            try {
                // the deployment step, as the schema's owner: migrate and grant the runtime role
                Dvpp.builder().dataSource(db.dataSource).keyProvider(keys)
                        .storageOption(StorageConfig.RUNTIME_ROLE, role).build().close();
                HikariConfig cfg = new HikariConfig();
                cfg.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + db.schema);
                cfg.setUsername(role);
                cfg.setPassword(password);
                cfg.setMaximumPoolSize(4);
                try (HikariDataSource runtime = new HikariDataSource(cfg);
                        Dvpp dvpp = Dvpp.builder().dataSource(runtime).keyProvider(keys).build()) {
                    org.dvpp.domain.AgencyId agency = org.dvpp.domain.AgencyId.random();
                    ActingUser administrator = ActingUser.of(UserId.random(), agency, Role.ADMINISTRATOR);
                    ActingUser practitioner = ActingUser.of(UserId.random(), agency, Role.PRACTITIONER);
                    dvpp.agencies().register(administrator, new Agencies.AgencyDetails("Runtime role agency",
                            new ServiceArea(List.of(new Area("merton", "Merton")))));
                    var receipt = dvpp.referrals().receive(practitioner, new Referrals.NewReferral("PH-RT-1",
                            java.time.LocalDate.parse("1985-03-02"), "merton",
                            org.dvpp.domain.participant.ReferralSource.PROBATION, java.time.LocalDate.now(),
                            new org.dvpp.domain.participant.Referrer("National Probation Service", "probation officer",
                                    "npso-17"), "licence condition to attend"));
                    assertThat(dvpp.cases().get(practitioner, receipt.caseId()).id()).isEqualTo(receipt.caseId());
                    SignedAuditHead head = dvpp.audit().exportHead(administrator);
                    assertThat(head.sequence()).isGreaterThanOrEqualTo(2);
                    try (Connection c = runtime.getConnection()) {
                        for (String sql : List.of("UPDATE audit_log SET purpose = 'nothing to see'",
                                "DELETE FROM audit_log", "TRUNCATE TABLE audit_log")) {
                            assertThatThrownBy(() -> {
                                try (Statement st = c.createStatement()) {
                                    st.execute(sql);
                                }
                            }).as(sql).isInstanceOfSatisfying(SQLException.class,
                                    e -> assertThat(e.getSQLState()).isEqualTo("42501"));
                        }
                    }
                    assertThat(dvpp.audit().verify(administrator, head).intact()).isTrue();
                }
            } finally {
                admin("DROP OWNED BY " + role);
                admin("DROP ROLE " + role);
            }
        }
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
