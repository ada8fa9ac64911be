package org.dvpp.storage.jdbc;

import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.tck.DataRightsContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The data-rights storage contract on H2. */
class H2DataRightsContractTest extends DataRightsContract {
    private static TestDatabases.Db db;
    private static Storage storage;

    @BeforeAll
    static void open() {
        db = TestDatabases.h2();
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
}
