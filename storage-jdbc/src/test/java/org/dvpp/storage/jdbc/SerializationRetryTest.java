package org.dvpp.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.participant.Participant;
import org.dvpp.storage.spi.KeyProviders;
import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.spi.StorageConfig;
import org.dvpp.storage.spi.StorageUnavailableException;
import org.dvpp.storage.spi.Transaction;
import org.dvpp.storage.spi.TransactionRetriesExhaustedException;
import org.dvpp.storage.tck.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Write transactions are retried, with a bound, when the commit reports SQLSTATE 40001 or 40P01, and only then. */
class SerializationRetryTest {

    /** A data source whose connections fail their next {@code failures} commits with the given SQLSTATE. */
    private static final class FailingCommits extends InterceptingDataSource {
        private final DataSource target;
        private final String state;
        final AtomicInteger failures;

        FailingCommits(DataSource target, String state, int failures) {
            this.target = target;
            this.state = state;
            this.failures = new AtomicInteger(failures);
        }

        @Override
        protected Connection real() throws SQLException {
            return target.getConnection();
        }

        @Override
        protected Object intercept(Connection real, java.lang.reflect.Method method, Object[] args)
                throws Throwable {
            if (method.getName().equals("commit") && failures.getAndDecrement() > 0) {
                real.rollback();
                throw new SQLException("simulated conflict", state);
            }
            return pass(real, method, args);
        }
    }

    private static Storage open(TestDatabases.Db db, DataSource ds, int attempts) {
        return new JdbcStorageProvider().open(StorageConfig.builder(ds).maxAttempts(attempts)
                .keyProvider(KeyProviders.keysetFile(db.keyset)).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"40001", "40P01"})
    void aConflictingCommitIsRetriedUntilItSucceeds(String state) {
        try (TestDatabases.Db db = TestDatabases.h2()) {
            FailingCommits ds = new FailingCommits(db.dataSource, state, 0);
            Storage storage = open(db, ds, 5);
            Fixtures f = new Fixtures(AgencyId.random(), "X");
            Participant p = f.participant("north");
            AtomicInteger runs = new AtomicInteger();
            ds.failures.set(3);
            storage.inTransaction(f.agencyId(), (Transaction tx) -> {
                runs.incrementAndGet();
                tx.participants().insert(p);
                return null;
            });
            assertThat(runs).hasValue(4);
            assertThat(storage.readOnly(f.agencyId(), (Transaction tx) -> tx.participants().count())).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void retriesAreBoundedAndNothingIsCommitted(int attempts) {
        try (TestDatabases.Db db = TestDatabases.h2()) {
            FailingCommits ds = new FailingCommits(db.dataSource, "40001", 0);
            Storage storage = open(db, ds, attempts);
            Fixtures f = new Fixtures(AgencyId.random(), "X");
            AtomicInteger runs = new AtomicInteger();
            ds.failures.set(100);
            assertThatThrownBy(() -> storage.inTransaction(f.agencyId(), (Transaction tx) -> {
                runs.incrementAndGet();
                tx.participants().insert(f.participant("north"));
                return null;
            })).isInstanceOf(TransactionRetriesExhaustedException.class);
            assertThat(runs).hasValue(attempts);
            ds.failures.set(0);
            assertThat(storage.readOnly(f.agencyId(), (Transaction tx) -> tx.participants().count())).isZero();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"08006", "23502"})
    void otherFailuresAreNotRetried(String state) {
        try (TestDatabases.Db db = TestDatabases.h2()) {
            FailingCommits ds = new FailingCommits(db.dataSource, state, 0);
            Storage storage = open(db, ds, 5);
            Fixtures f = new Fixtures(AgencyId.random(), "X");
            AtomicInteger runs = new AtomicInteger();
            ds.failures.set(1);
            assertThatThrownBy(() -> storage.inTransaction(f.agencyId(), (Transaction tx) -> {
                runs.incrementAndGet();
                tx.participants().insert(f.participant("north"));
                return null;
            })).isInstanceOf(StorageUnavailableException.class)
                    .isNotInstanceOf(TransactionRetriesExhaustedException.class);
            assertThat(runs).hasValue(1);
        }
    }
}
