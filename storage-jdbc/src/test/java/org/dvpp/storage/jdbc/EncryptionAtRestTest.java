package org.dvpp.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.casework.Case;
import org.dvpp.domain.participant.Participant;
import org.dvpp.domain.participant.Referral;
import org.dvpp.domain.participant.ReferralSource;
import org.dvpp.domain.safety.PersonAtRisk;
import org.dvpp.storage.spi.DecryptionFailedException;
import org.dvpp.storage.spi.OutboxMessage;
import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.spi.Transaction;
import org.dvpp.storage.tck.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The canary test: records whose sensitive fields hold a unique marker are written, then every column of every table
 * is read with plain JDBC; the marker must never appear. And a ciphertext moved to another row or column must fail
 * to decrypt with a typed error.
 */
class EncryptionAtRestTest {

    static TestDatabases.Db database(String kind) {
        return switch (kind) {
            case "h2" -> TestDatabases.h2();
            case "postgresql" -> TestDatabases.postgres();
            default -> TestDatabases.mariadb();
        };
    }

    private static Fixtures writeEverySensitiveKind(Storage storage) {
        AgencyId agency = AgencyId.random();
        Fixtures f = new Fixtures(agency, "CANARY" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        storage.inTransaction(agency, (Transaction tx) -> {
            tx.agencies().insert(f.agency());
            for (int i = 0; i < 3; i++) {
                Participant p = f.participant("north");
                Referral r = f.referral(p.id(), ReferralSource.PROBATION, Fixtures.BASE);
                Case c = f.started(f.openCase(p.id(), r.id()), org.dvpp.domain.GroupId.random());
                tx.participants().insert(p);
                tx.referrals().insert(r);
                tx.cases().insert(c);
                PersonAtRisk par = f.personAtRisk(p.id());
                tx.peopleAtRisk().insert(par);
                org.dvpp.storage.tck.PartnerSupportContract.writeEveryKind(tx, f, par.id(), c.id());
                tx.riskEvents().insert(f.riskEvent(c.id()));
                tx.informationSharing().insert(f.sharing(c.id()));
                tx.assessments().insert(f.assessment(c.id()));
                tx.caseDocuments().insert(f.caseDocument(c.id(), "needs-assessment"));
                tx.outbox().append(new OutboxMessage(org.dvpp.domain.EventId.random(), agency, c.id().value(),
                        "test.event", Fixtures.AT, true, "{\"note\":\"" + f.marker() + "\"}"));
            }
            return null;
        });
        return f;
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void noSensitiveValueAppearsInAnyColumnOfAnyTable(String kind) throws SQLException {
        try (TestDatabases.Db db = database(kind); Storage storage = db.open()) {
            Fixtures f = writeEverySensitiveKind(storage);
            byte[] needle = f.marker().getBytes(StandardCharsets.UTF_8);
            int cellsScanned = 0;
            List<String> hits = new ArrayList<>();
            try (Connection c = db.raw()) {
                for (String table : tables(c, db)) {
                    String q = c.getMetaData().getIdentifierQuoteString();
                    try (Statement s = c.createStatement();
                            ResultSet rs = s.executeQuery("SELECT * FROM " + q + table + q)) {
                        int cols = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int i = 1; i <= cols; i++) {
                                int type = rs.getMetaData().getColumnType(i);
                                boolean binary = type == java.sql.Types.BINARY || type == java.sql.Types.VARBINARY
                                        || type == java.sql.Types.LONGVARBINARY || type == java.sql.Types.BLOB;
                                byte[] bytes = binary ? rs.getBytes(i) : null;
                                String text = binary ? null : rs.getString(i);
                                cellsScanned++;
                                if ((text != null && text.contains(f.marker()))
                                        || (bytes != null && indexOf(bytes, needle) >= 0)) {
                                    hits.add(table + "." + rs.getMetaData().getColumnName(i));
                                }
                            }
                        }
                    }
                }
            }
            assertThat(cellsScanned).isGreaterThan(300);
            assertThat(hits).as("columns holding a sensitive value in clear").isEmpty();
            // and the values are all readable through the SDK
            PersonAtRisk any = storage.readOnly(f.agencyId(), (Transaction tx) -> tx.peopleAtRisk()
                    .listForParticipant(tx.participants().list(0, 1).get(0).id()).get(0));
            assertThat(any.contact().name()).contains(f.marker());
        }
    }

    private static List<String> tables(Connection c, TestDatabases.Db db) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String schema = db.kind.equals("PostgreSQL") ? db.name : db.kind.equals("H2") ? "PUBLIC" : null;
        String catalog = db.kind.equals("MariaDB") ? db.name : null;
        List<String> out = new ArrayList<>();
        try (ResultSet rs = md.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                out.add(rs.getString("TABLE_NAME"));
            }
        }
        assertThat(out.stream().map(t -> t.toLowerCase(Locale.ROOT)))
                .contains("person_at_risk", "referral", "case_transition", "outbox", "assessment");
        return out;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void aCiphertextMovedToAnotherRowOrColumnFailsToDecryptWithATypedError(String kind) throws SQLException {
        try (TestDatabases.Db db = database(kind); Storage storage = db.open()) {
            Fixtures f = new Fixtures(AgencyId.random(), "M");
            Participant p = f.participant("north");
            PersonAtRisk a = f.personAtRisk(p.id());
            PersonAtRisk b = f.personAtRisk(p.id());
            CaseId caseId = CaseId.random();
            storage.inTransaction(f.agencyId(), (Transaction tx) -> {
                tx.agencies().insert(f.agency());
                tx.peopleAtRisk().insert(a);
                tx.peopleAtRisk().insert(b);
                tx.riskEvents().insert(f.riskEvent(caseId));
                return null;
            });
            try (Connection c = db.raw()) {
                byte[] aName = column(c, "name_enc", a.id().value());
                // another row, same column
                update(c, "name_enc", aName, b.id().value());
                assertThatThrownBy(() -> storage.readOnly(f.agencyId(), (Transaction tx) ->
                        tx.peopleAtRisk().find(b.id()))).isInstanceOfSatisfying(DecryptionFailedException.class,
                            e -> {
                                assertThat(e.table()).isEqualTo("person_at_risk");
                                assertThat(e.field()).isEqualTo("name_enc");
                                assertThat(e.recordId()).isEqualTo(b.id().value().toString());
                                assertThat(e.getMessage()).doesNotContain(a.contact().name());
                            });
                // same row, another column
                update(c, "address_enc", column(c, "phone_enc", a.id().value()), a.id().value());
                assertThatThrownBy(() -> storage.readOnly(f.agencyId(), (Transaction tx) ->
                        tx.peopleAtRisk().find(a.id()))).isInstanceOfSatisfying(DecryptionFailedException.class,
                            e -> assertThat(e.field()).isEqualTo("address_enc"));
            }
        }
    }

    private static byte[] column(Connection c, String column, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + column + " FROM person_at_risk WHERE id = ?")) {
            bindId(c, ps, 1, id);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getBytes(1);
            }
        }
    }

    private static void update(Connection c, String column, byte[] value, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE person_at_risk SET " + column + " = ? WHERE id = ?")) {
            ps.setBytes(1, value);
            bindId(c, ps, 2, id);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }

    static void bindId(Connection c, PreparedStatement ps, int i, UUID id) throws SQLException {
        if (c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("maria")) {
            ps.setString(i, id.toString());
        } else {
            ps.setObject(i, id);
        }
    }
}
