package org.dvpp.storage.jdbc;

import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.tck.StorageContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The storage contract on PostgreSQL. */
class PostgresStorageContractTest extends StorageContract {
    @RegisterExtension
    static final OpenStorage DB = OpenStorage.on(TestDatabases::postgres);

    @Override
    protected Storage storage() {
        return DB.storage();
    }

    @Override
    protected int capacityRounds() {
        return 10;
    }

    @Override
    protected int capacityThreads() {
        return 24;
    }

    @Override
    protected int capacityCandidates() {
        return 40;
    }
}
