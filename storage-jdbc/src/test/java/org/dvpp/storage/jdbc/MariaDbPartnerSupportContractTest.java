package org.dvpp.storage.jdbc;

import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.tck.PartnerSupportContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The partner-support storage contract on MariaDB. */
class MariaDbPartnerSupportContractTest extends PartnerSupportContract {
    @RegisterExtension
    static final OpenStorage DB = OpenStorage.on(TestDatabases::mariadb);

    @Override
    protected Storage storage() {
        return DB.storage();
    }
}
