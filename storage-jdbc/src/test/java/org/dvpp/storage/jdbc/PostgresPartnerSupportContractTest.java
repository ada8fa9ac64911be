package org.dvpp.storage.jdbc;

import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.tck.PartnerSupportContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The partner-support storage contract on PostgreSQL. */
class PostgresPartnerSupportContractTest extends PartnerSupportContract {
    @RegisterExtension
    static final OpenStorage DB = OpenStorage.on(TestDatabases::postgres);

    @Override
    protected Storage storage() {
        return DB.storage();
    }
}
