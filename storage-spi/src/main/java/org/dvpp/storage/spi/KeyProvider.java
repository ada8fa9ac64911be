package org.dvpp.storage.spi;

import org.dvpp.plugin.Plugin;
import org.dvpp.plugin.PluginKind;

/**
 * Where the data-encryption keys for fields marked {@link org.dvpp.domain.Sensitive} come from: a keyset file for
 * development and tests ({@link KeyProviders#keysetFile(java.nio.file.Path)}), or a keyset wrapped by a key-management
 * service (return a {@link DataKeyset.Wrapped} whose {@link KeyEncryptionKey} calls the KMS). The storage layer refuses
 * to start without one; there is no built-in key.
 *
 * <p>Implementations are plugins: a stable {@link #id()} and the {@link #spiVersion()} they were built for. They must be
 * thread-safe: storage may ask for the keyset from a background thread while it opens the database.
 *
 * @since 0.1
 */
public interface KeyProvider extends Plugin {
    /** The version of this SPI. */
    int SPI_VERSION = 1;

    /** This kind of plugin, for {@link org.dvpp.plugin.PluginLoader}. */
    PluginKind<KeyProvider> KIND = PluginKind.of("key provider", KeyProvider.class, SPI_VERSION);

    /** @return a stable id, for example {@code "keyset-file"} */
    @Override
    String id();

    /** @return the SPI version this provider was built for: implement as {@code return SPI_VERSION;} */
    @Override
    int spiVersion();

    /**
     * Loads the current keyset. Called when storage opens and again after a rotation; the keyset's primary key
     * encrypts, every enabled key decrypts.
     *
     * @return the keyset
     * @throws StorageConfigurationException if it cannot be loaded
     */
    DataKeyset dataKeyset();

    /**
     * Loads the keyset that signs exported heads of the audit chain ({@link AuditLog#signedHead()}): a Tink
     * public-key signature keyset (for example ECDSA P-256 or Ed25519) holding the private key, in clear for
     * development or wrapped by a KMS like {@link #dataKeyset()}. Called when storage opens and on a key refresh, with
     * the same timeout. Without one (the default, for providers written before 0.3) the chain can still be verified,
     * but no head can be signed or checked against.
     *
     * @return the signing keyset, if this provider has one
     * @throws StorageConfigurationException if it cannot be loaded
     * @since 0.3
     */
    default java.util.Optional<DataKeyset> auditSigningKeyset() {
        return java.util.Optional.empty();
    }
}
