package org.dvpp.programme.internal;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.util.List;
import javax.sql.DataSource;
import org.dvpp.programme.PluginException;
import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.spi.StorageConfig;
import org.dvpp.storage.spi.StorageProvider;
import org.dvpp.storage.spi.StorageProviders;

/**
 * Storage: finds the storage provider, opens it on the host's or the embedded database, and the shared kernel of the use cases.
 */
final class StorageModule extends AbstractModule {
    @Provides
    @Singleton
    Storage storage(Prefetch prefetch) {
        return Prefetch.join(prefetch.storage);
    }

    /**
     * Finds the storage provider and opens it (with its migrations) on the host's or the embedded database.
     *
     * @param s the settings
     * @return the open storage
     */
    static Storage open(Settings s) {
        List<StorageProvider> providers = StorageProviders.combine(s.storageProviders(),
                s.discover() || s.storageProviders().isEmpty());
        StorageProvider provider;
        if (s.storageProviderId().isPresent()) {
            String id = s.storageProviderId().get();
            provider = providers.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(() ->
                    new PluginException("No storage provider '" + id + "'; found " + ids(providers)));
        } else if (providers.size() == 1) {
            provider = providers.get(0);
        } else if (providers.isEmpty()) {
            throw new PluginException("No storage provider found: put dvpp-storage-jdbc (or another implementation) on "
                    + "the module or class path, or register one with addStorageProvider(...)");
        } else {
            throw new PluginException("Several storage providers found " + ids(providers)
                    + ": choose one with storageProvider(id)");
        }
        DataSource ds = s.dataSource().orElseGet(() -> provider.embeddedDataSource(s.embeddedDirectory().orElseThrow())
                .orElseThrow(() -> new PluginException("The storage provider '" + provider.id() + "' ("
                        + provider.getClass().getName() + ") has no embedded database; pass a dataSource")));
        StorageConfig.Builder config = StorageConfig.builder(ds).keyProvider(s.keyProvider()).clock(s.clock())
                .maxAttempts(s.transactionAttempts());
        s.storageOptions().forEach(config::option);
        if (s.dataSource().isEmpty()) {
            // the SDK made the embedded database, so closing the SDK closes it too
            config.option(StorageConfig.CLOSE_EMBEDDED_DATABASE, "true");
        }
        return provider.open(config.build());
    }

    private static List<String> ids(List<StorageProvider> providers) {
        return providers.stream().map(p -> p.id() + " (" + p.getClass().getName() + ")").toList();
    }

    @Provides
    @Singleton
    Kernel kernel(Settings s, Storage storage, Prefetch prefetch, ListenerSet listeners) {
        return new Kernel(storage, s.clock(), s.accessPolicy(), Prefetch.join(prefetch.validator),
                new EventCodec(listeners.ids()), new SecurityEvents(s.securityListeners()), listeners.scopes());
    }
}
