package org.dvpp.storage.spi;

import java.util.List;
import java.util.ServiceLoader;
import org.dvpp.domain.Checks;
import org.dvpp.plugin.PluginException;
import org.dvpp.plugin.PluginLoader;

/**
 * Finds storage providers: explicitly registered ones first, then those found by {@link ServiceLoader} on the module
 * path and the class path, as one call, through the one plugin loader ({@link PluginLoader}, whose rules for ids,
 * duplicates, versions and failing constructors apply).
 *
 * @since 0.1
 */
public final class StorageProviders {
    private StorageProviders() {
    }

    /**
     * @return every provider that {@link ServiceLoader} finds, checked
     * @throws PluginException on an invalid or duplicate id, wrong SPI version or failing provider
     */
    public static List<StorageProvider> discover() {
        return combine(List.of(), true);
    }

    /**
     * @param explicit providers registered by the host, taking part in the duplicate check
     * @param discover whether to add those that {@link ServiceLoader} finds
     * @return the providers, explicit first
     * @throws PluginException on an invalid or duplicate id, wrong SPI version or failing provider
     */
    public static List<StorageProvider> combine(List<StorageProvider> explicit, boolean discover) {
        Checks.list(explicit, "explicit");
        PluginLoader<StorageProvider> loader = PluginLoader.of(StorageProvider.KIND).addAll(explicit);
        if (discover) {
            loader.discover();
        }
        return loader.plugins();
    }

    /**
     * @param id the provider's id
     * @return the discovered provider with that id
     * @throws StorageConfigurationException if there is none
     */
    public static StorageProvider find(String id) {
        Checks.text(id, "id", 200);
        List<StorageProvider> all = discover();
        return all.stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new StorageConfigurationException("No storage provider with id '" + id
                        + "' was found; found " + all.stream().map(StorageProvider::id).toList()
                        + ". Put the implementation (for example dvpp-storage-jdbc) on the module or class path"));
    }
}
