package org.dvpp.storage.jdbc;

import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.tck.StorageContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The storage contract on H2. */
class H2StorageContractTest extends StorageContract {
    @RegisterExtension
    static final OpenStorage DB = OpenStorage.on(TestDatabases::h2);

    @Override
    protected Storage storage() {
        return DB.storage();
    }
}
