package org.dvpp.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.agency.Agency;
import org.dvpp.domain.agency.Area;
import org.dvpp.domain.agency.ServiceArea;
import org.dvpp.storage.spi.KeyProviders;
import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.spi.StorageConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A host's connection comes back from the SDK's transactions with the settings it was lent with: the SDK works at
 * READ COMMITTED without auto-commit, changes only what differs (each change is a round trip, and on H2 a commit) and
 * restores only what it changed.
 */
class ConnectionSettingsTest {

    @ParameterizedTest(name = "isolation {0}, auto-commit {1}")
    @CsvSource({"8, true", "8, false", "2, true", "2, false", "4, true"})
    void aLentConnectionComesBackAsItWasLent(int isolation, boolean autoCommit) throws Exception {
        String url = "jdbc:h2:mem:settings" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        try (Connection physical = DriverManager.getConnection(url)) {
            physical.setTransactionIsolation(isolation);
            physical.setAutoCommit(autoCommit);
            OneConnection lender = new OneConnection(physical);
            AgencyId agency = AgencyId.random();
            try (Storage s = new JdbcStorageProvider().open(StorageConfig.builder(lender)
                    .keyProvider(KeyProviders.keysetFile(TestDatabases.keyset())).build())) {
                assertLentBack(physical, isolation, autoCommit);
                s.inTransaction(agency, tx -> {
                    tx.agencies().insert(new Agency(agency, "Lent connection agency",
                            new ServiceArea(List.of(new Area("merton", "Merton")))));
                    return null;
                });
                assertLentBack(physical, isolation, autoCommit);
                java.util.Optional<Agency> found = s.readOnly(agency, tx -> tx.agencies().find());
                assertThat(found).isPresent();
                assertLentBack(physical, isolation, autoCommit);
            }
            assertThat(lender.borrowed).isGreaterThanOrEqualTo(3);
        }
    }

    private static void assertLentBack(Connection c, int isolation, boolean autoCommit) throws SQLException {
        if (!autoCommit) {
            c.rollback();
        }
        assertThat(c.getTransactionIsolation()).as("isolation").isEqualTo(isolation);
        assertThat(c.getAutoCommit()).as("auto-commit").isEqualTo(autoCommit);
        assertThat(c.isReadOnly()).as("read-only").isFalse();
    }

    /** A data source that lends one physical connection again and again; closing the lent one keeps it open. */
    private static final class OneConnection extends InterceptingDataSource {
        private final Connection physical;
        int borrowed;

        OneConnection(Connection physical) {
            this.physical = physical;
        }

        @Override
        protected Connection real() {
            borrowed++;
            return physical;
        }

        @Override
        protected Object intercept(Connection real, java.lang.reflect.Method method, Object[] args)
                throws Throwable {
            return method.getName().equals("close") ? null : pass(real, method, args);
        }
    }
}
