package org.dvpp.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import org.dvpp.domain.AgencyId;
import org.dvpp.storage.spi.AuditAction;
import org.dvpp.storage.spi.AuditEntry;
import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.spi.Transaction;
import org.dvpp.storage.tck.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Changing, deleting or truncating audit rows behind the SDK's back is detected at the right sequence number. */
class AuditTamperingTest {

    @ParameterizedTest
    @ValueSource(strings = {"update", "delete", "truncate-tail"})
    void tamperingIsDetectedAtTheFirstAffectedRecord(String how) throws Exception {
        try (TestDatabases.Db db = TestDatabases.h2(); Storage storage = db.open()) {
            Fixtures f = new Fixtures(AgencyId.random(), "A");
            storage.inTransaction(f.agencyId(), (Transaction tx) -> {
                tx.agencies().insert(f.agency());
                for (int i = 0; i < 6; i++) {
                    tx.audit().append(new AuditEntry(f.worker(), AuditAction.READ, "PersonAtRisk", UUID.randomUUID(),
                            "review", Fixtures.AT));
                }
                return null;
            });
            assertThat(storage.readOnly(f.agencyId(), (Transaction tx) -> tx.audit().verify()).intact()).isTrue();
            String sql = switch (how) {
                case "update" -> "UPDATE audit_log SET purpose = 'nothing to see' WHERE agency_id = ? AND seq = 3";
                case "delete" -> "DELETE FROM audit_log WHERE agency_id = ? AND seq = 3";
                default -> "DELETE FROM audit_log WHERE agency_id = ? AND seq >= 3";
            };
            try (Connection c = db.raw(); PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setObject(1, f.agencyId().value());
                assertThat(ps.executeUpdate()).isPositive();
            }
            var v = storage.readOnly(f.agencyId(), (Transaction tx) -> tx.audit().verify());
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBrokenSequence()).contains(3L);
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"h2,update", "h2,delete", "h2,reorder", "postgres,update",
        "postgres,delete", "postgres,reorder", "mariadb,update", "mariadb,delete", "mariadb,reorder"})
    void item26_directSuperuserTamperingIsReportedAtTheFirstBrokenSequence(String kind, String how) throws Exception {
        try (TestDatabases.Db db = switch (kind) {
            case "postgres" -> TestDatabases.postgres();
            case "mariadb" -> TestDatabases.mariadb();
            default -> TestDatabases.h2();
        }; Storage storage = db.open()) {
            Fixtures f = new Fixtures(AgencyId.random(), "A");
            storage.inTransaction(f.agencyId(), (Transaction tx) -> {
                tx.agencies().insert(f.agency());
                for (int i = 0; i < 6; i++) {
                    tx.audit().append(new AuditEntry(f.worker(), AuditAction.READ, "PersonAtRisk", UUID.randomUUID(),
                            "review", Fixtures.AT));
                }
                return null;
            });
            assertThat(storage.readOnly(f.agencyId(), (Transaction tx) -> tx.audit().verify()).intact()).isTrue();
            java.util.List<String> sqls = switch (how) {
                case "update" -> java.util.List.of(
                        "UPDATE audit_log SET purpose = 'nothing to see' WHERE agency_id = ? AND seq = 4");
                case "delete" -> java.util.List.of("DELETE FROM audit_log WHERE agency_id = ? AND seq = 4");
                default -> java.util.List.of("UPDATE audit_log SET seq = 1000 WHERE agency_id = ? AND seq = 4",
                        "UPDATE audit_log SET seq = 4 WHERE agency_id = ? AND seq = 5",
                        "UPDATE audit_log SET seq = 5 WHERE agency_id = ? AND seq = 1000");
            };
            try (Connection c = db.raw()) {
                for (String sql : sqls) {
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        ps.setObject(1, f.agencyId().value());
                        assertThat(ps.executeUpdate()).isEqualTo(1);
                    }
                }
            }
            var v = storage.readOnly(f.agencyId(), (Transaction tx) -> tx.audit().verify());
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBrokenSequence()).contains(4L);
        }
    }
}
