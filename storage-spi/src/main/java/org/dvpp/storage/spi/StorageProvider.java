package org.dvpp.storage.spi;

import org.dvpp.plugin.Plugin;
import org.dvpp.plugin.PluginKind;

/**
 * A storage implementation, found through {@link java.util.ServiceLoader} ({@link StorageProviders#discover()}) or
 * registered explicitly. Every provider has a stable id and declares the SPI version it was built for.
 *
 * @since 0.1
 */
public interface StorageProvider extends Plugin {
    /** The version of this SPI. */
    int SPI_VERSION = 1;

    /** This kind of plugin, for {@link org.dvpp.plugin.PluginLoader}. */
    PluginKind<StorageProvider> KIND = PluginKind.of("storage provider", StorageProvider.class, SPI_VERSION);

    /** @return a stable id, for example {@code "jdbc"} */
    @Override
    String id();

    /** @return the SPI version this provider was built for: implement as {@code return SPI_VERSION;} */
    @Override
    int spiVersion();

    /**
     * Opens storage on the host's data source: checks the database, migrates the schema if asked, loads the keys.
     *
     * @param config the configuration
     * @return open storage; close it when the application stops
     * @throws StorageConfigurationException if it cannot start (no keys, unsupported database, failed migration)
     */
    Storage open(StorageConfig config);

    /**
     * The embedded database this provider can run on when the host has none, such as an H2 file in a directory. Used by
     * {@code Dvpp.builder().embeddedDatabase(dir)}; providers that need a server return empty.
     *
     * @param directory where the embedded database keeps its files
     * @return a data source for it, if this provider has an embedded default
     */
    default java.util.Optional<javax.sql.DataSource> embeddedDataSource(java.nio.file.Path directory) {
        return java.util.Optional.empty();
    }

    /**
     * Writes a new cleartext keyset that {@link KeyProviders#keysetFile(java.nio.file.Path)} can read, if this
     * provider has a key format of its own: development and tests only. Called by
     * {@link KeyProviders#generateKeysetFile(java.nio.file.Path)}; providers without one return {@code false}.
     *
     * @param file where to write it; an existing file is never overwritten
     * @return whether this provider wrote the keyset
     * @throws StorageConfigurationException if the file exists or cannot be written
     */
    default boolean generateKeysetFile(java.nio.file.Path file) {
        return false;
    }

    /**
     * Writes a new development audit signing keyset (one ECDSA P-256 private key, in clear) for
     * {@link KeyProviders#keysetFile(java.nio.file.Path, java.nio.file.Path)}; providers without one return
     * {@code false}.
     *
     * @param file where to write it; an existing file is never overwritten
     * @return whether this provider wrote the keyset
     * @throws StorageConfigurationException if the file exists or cannot be written
     * @since 0.3
     */
    default boolean generateAuditSigningKeysetFile(java.nio.file.Path file) {
        return false;
    }
}
