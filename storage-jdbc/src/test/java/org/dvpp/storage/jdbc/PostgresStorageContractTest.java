package org.dvpp.storage.jdbc;

import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.tck.StorageContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The storage contract on Postgres. */
class PostgresStorageContractTest extends StorageContract {
    private static TestDatabases.Db db;
    private static Storage storage;

    @BeforeAll
    static void open() {
        db = TestDatabases.postgres();
        storage = db.open();
    }

    @AfterAll
    static void close() {
        if (storage != null) {
            storage.close();
        }
        if (db != null) {
            db.close();
        }
    }

    @Override
    protected Storage storage() {
        return storage;
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
