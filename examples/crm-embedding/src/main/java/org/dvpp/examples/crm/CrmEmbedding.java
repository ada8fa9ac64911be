package org.dvpp.examples.crm;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.dvpp.programme.Dvpp;
import org.dvpp.storage.spi.KeyProvider;
import org.dvpp.storage.spi.StorageConfig;

/**
 * How the CRM starts the SDK: on the CRM's own data source, with the SDK's tables beside the CRM's in the same schema,
 * and the listener that writes status changes back. This is all the wiring there is; no Guice.
 */
public final class CrmEmbedding {
    /** The SDK's migration history table in the CRM's schema, named so the CRM's DBA sees whose it is. */
    public static final String HISTORY_TABLE = "dvpp_kit_schema_history";

    private CrmEmbedding() {
    }

    /**
     * Builds the SDK. The CRM's tables may (and here do) exist before: {@link StorageConfig#SHARED_SCHEMA} lets the
     * SDK add its own beside them on the first start, after checking that no name collides.
     *
     * @param crm the CRM's data source (its own pool; the SDK borrows connections and never closes it)
     * @param keys where the SDK's encryption keys come from
     * @param clock the clock (the system clock in production)
     * @param extraListeners more listeners, such as a notifier for partner support
     * @return the SDK, to keep for the life of the CRM and close before the pool
     */
    public static Dvpp start(DataSource crm, KeyProvider keys, Clock clock,
            List<org.dvpp.programme.ProgrammeEventListener> extraListeners) {
        var builder = Dvpp.builder()
                .dataSource(crm)
                .storageOption(StorageConfig.SHARED_SCHEMA, "true")
                .storageOption(StorageConfig.HISTORY_TABLE, HISTORY_TABLE)
                .keyProvider(keys)
                .clock(clock)
                .addListener(new CrmStatusListener(crm));
        extraListeners.forEach(builder::addListener);
        return builder.build();
    }
}
