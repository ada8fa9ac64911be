package org.dvpp.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.EventId;
import org.dvpp.domain.casework.Case;
import org.dvpp.domain.casework.CaseCommand;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.domain.casework.CaseStatusChanged;
import org.dvpp.storage.spi.OutboxMessage;
import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.spi.StorageUnavailableException;
import org.dvpp.storage.spi.Transaction;
import org.dvpp.storage.tck.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A connection killed by the server in the middle of a transaction (pg_terminate_backend, MariaDB KILL) leaves the
 * whole before-state, the outbox agrees, and the next transaction on the same storage works.
 */
class KilledConnectionTest {

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb"})
    void aConnectionKilledMidTransactionLeavesTheBeforeStateAndNoEvent(String kind) throws Exception {
        try (TestDatabases.Db db = EncryptionAtRestTest.database(kind); Storage storage = db.open()) {
            Fixtures f = new Fixtures(AgencyId.random(), "K");
            Case c = f.openCase(org.dvpp.domain.ParticipantId.random(), org.dvpp.domain.ReferralId.random());
            storage.inTransaction(f.agencyId(), (Transaction tx) -> {
                tx.agencies().insert(f.agency());
                tx.cases().insert(c);
                return null;
            });
            Case screening = f.apply(c, new CaseCommand.StartScreening());
            CaseStatusChanged event = new CaseStatusChanged(EventId.random(), f.agencyId(), c.id(), c.participant(),
                    1, CaseStatus.REFERRED, CaseStatus.SCREENING, "start-screening", Fixtures.AT, false);
            List<Integer> killed = new ArrayList<>();
            assertThatThrownBy(() -> storage.inTransaction(f.agencyId(), (Transaction tx) -> {
                tx.cases().update(screening);
                tx.outbox().append(OutboxMessage.of(event, "{}"));
                killed.add(killOpenTransactions(db));
                // the next statement and the commit run on a dead connection
                tx.peopleAtRisk().insert(f.personAtRisk(c.participant()));
                return null;
            })).isInstanceOf(StorageUnavailableException.class);
            assertThat(killed).containsExactly(1);

            Case after = storage.readOnly(f.agencyId(), (Transaction tx) -> tx.cases().get(c.id()));
            assertThat(after).isEqualTo(c);
            assertThat(storage.readOnly(f.agencyId(), (Transaction tx) -> tx.outbox().find(event.id()))).isEmpty();
            assertThat(storage.readOnly(f.agencyId(), (Transaction tx) -> tx.peopleAtRisk()
                    .listForParticipant(c.participant()))).isEmpty();

            // the same change succeeds afterwards, with its event
            storage.inTransaction(f.agencyId(), (Transaction tx) -> {
                tx.cases().update(screening);
                return tx.outbox().append(OutboxMessage.of(event, "{}"));
            });
            assertThat(storage.readOnly(f.agencyId(), (Transaction tx) -> tx.cases().get(c.id())).status())
                    .isEqualTo(CaseStatus.SCREENING);
            assertThat(storage.readOnly(f.agencyId(), (Transaction tx) -> tx.outbox().find(event.id()))).isPresent();
        }
    }

    /** Kills, from a second connection, every session of this test database that is inside a transaction. */
    private static int killOpenTransactions(TestDatabases.Db db) {
        try {
            if (db.kind.equals("PostgreSQL")) {
                try (Connection admin = DriverManager.getConnection(TestDatabases.PG_ADMIN_URL);
                        PreparedStatement ps = admin.prepareStatement("SELECT pg_terminate_backend(pid) "
                                + "FROM pg_stat_activity WHERE application_name = ? AND state LIKE 'idle in transaction%'")) {
                    ps.setString(1, db.name);
                    int n = 0;
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            n += rs.getBoolean(1) ? 1 : 0;
                        }
                    }
                    return n;
                }
            }
            try (Connection admin = DriverManager.getConnection(TestDatabases.MARIADB_ADMIN_URL);
                    Statement s = admin.createStatement()) {
                List<Long> ids = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT t.trx_mysql_thread_id FROM information_schema.INNODB_TRX t "
                        + "JOIN information_schema.PROCESSLIST p ON p.ID = t.trx_mysql_thread_id WHERE p.DB = '"
                        + db.name + "'")) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                for (long id : ids) {
                    s.execute("KILL CONNECTION " + id);
                }
                return ids.size();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
