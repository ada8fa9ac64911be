package org.dvpp.storage.jdbc;

import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.tck.PartnershipContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The partnership storage contract on MariaDB. */
class MariaDbPartnershipContractTest extends PartnershipContract {
    @RegisterExtension
    static final OpenStorage DB = OpenStorage.on(TestDatabases::mariadb);

    @Override
    protected Storage storage() {
        return DB.storage();
    }
}
