package org.dvpp.storage.jdbc;

import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.tck.DataRightsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The data-rights storage contract on MariaDB. */
class MariaDbDataRightsContractTest extends DataRightsContract {
    @RegisterExtension
    static final OpenStorage DB = OpenStorage.on(TestDatabases::mariadb);

    @Override
    protected Storage storage() {
        return DB.storage();
    }
}
