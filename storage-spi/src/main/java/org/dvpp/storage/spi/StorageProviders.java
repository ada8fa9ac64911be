package org.dvpp.storage.spi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.dvpp.domain.Checks;

/**
 * Finds storage providers: explicitly registered ones first, then those found by {@link ServiceLoader} on the module
 * path and the class path, as one call. A duplicate id, a wrong SPI version or a provider whose constructor throws is
 * an error naming the provider and its class, never a silent skip.
 *
 * @since 0.1
 */
public final class StorageProviders {
    private StorageProviders() {
    }

    /**
     * @return every provider that {@link ServiceLoader} finds, checked
     * @throws StorageConfigurationException on a duplicate id, wrong SPI version or failing provider
     */
    public static List<StorageProvider> discover() {
        return combine(List.of(), true);
    }

    /**
     * @param explicit providers registered by the host, taking part in the duplicate check
     * @param discover whether to add those that {@link ServiceLoader} finds
     * @return the providers, explicit first
     */
    public static List<StorageProvider> combine(List<StorageProvider> explicit, boolean discover) {
        Checks.list(explicit, "explicit");
        Map<String, StorageProvider> byId = new LinkedHashMap<>();
        for (StorageProvider p : explicit) {
            add(byId, p);
        }
        if (discover) {
            ServiceLoader<StorageProvider> loader = ServiceLoader.load(StorageProvider.class,
                    StorageProviders.class.getClassLoader());
            for (ServiceLoader.Provider<StorageProvider> handle : loader.stream().toList()) {
                StorageProvider p;
                try {
                    p = handle.get();
                } catch (ServiceConfigurationError | RuntimeException e) {
                    throw new StorageConfigurationException("The storage provider " + handle.type().getName()
                            + " could not be created: " + e.getMessage(), e);
                }
                add(byId, p);
            }
        }
        return List.copyOf(new ArrayList<>(byId.values()));
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

    private static void add(Map<String, StorageProvider> byId, StorageProvider p) {
        String cls = p.getClass().getName();
        String id;
        try {
            id = p.id();
        } catch (RuntimeException e) {
            throw new StorageConfigurationException("The storage provider " + cls + " failed to report its id", e);
        }
        if (id == null || id.isBlank()) {
            throw new StorageConfigurationException("The storage provider " + cls + " has no id");
        }
        if (p.spiVersion() != StorageProvider.SPI_VERSION) {
            throw new StorageConfigurationException("The storage provider '" + id + "' (" + cls
                    + ") was built for storage SPI version " + p.spiVersion() + " but this is version "
                    + StorageProvider.SPI_VERSION);
        }
        StorageProvider previous = byId.putIfAbsent(id, p);
        if (previous != null && previous.getClass() != p.getClass()) {
            throw new StorageConfigurationException("Two storage providers have the id '" + id + "': "
                    + previous.getClass().getName() + " and " + cls);
        }
    }
}
