package org.dvpp.storage.jdbc;

import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.tck.DataRightsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The data-rights storage contract on H2. */
class H2DataRightsContractTest extends DataRightsContract {
    @RegisterExtension
    static final OpenStorage DB = OpenStorage.on(TestDatabases::h2);

    @Override
    protected Storage storage() {
        return DB.storage();
    }
}
