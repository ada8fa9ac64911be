package org.dvpp.storage.spi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dvpp.domain.Checks;

/**
 * Ready-made key providers.
 *
 * @since 0.1
 */
public final class KeyProviders {
    private KeyProviders() {
    }

    /**
     * Writes a new development keyset (one AES-256-GCM key, in cleartext) for {@link #keysetFile(Path)}, made by the
     * storage provider found on the module or class path ({@code dvpp-storage-jdbc}); an existing file is never
     * overwritten, as data encrypted with it would become unreadable. Development and tests only: keep the file out of
     * the database and its backups, and in production wrap the keyset with a KMS ({@link DataKeyset.Wrapped}).
     *
     * <pre>{@code
     * Path keys = Path.of("dvpp-keys.json");
     * if (Files.notExists(keys)) {
     *     KeyProviders.generateKeysetFile(keys);
     * }
     * KeyProvider provider = KeyProviders.keysetFile(keys);
     * }</pre>
     *
     * @param file where to write it
     * @throws StorageConfigurationException if the file exists, cannot be written, or no storage provider on the path
     *     can make keysets
     */
    public static void generateKeysetFile(Path file) {
        Checks.required(file, "file");
        java.util.List<StorageProvider> providers = StorageProviders.discover();
        for (StorageProvider p : providers) {
            if (p.generateKeysetFile(file)) {
                return;
            }
        }
        throw new StorageConfigurationException("No storage provider on the module or class path can make a keyset "
                + "(found " + providers.stream().map(StorageProvider::id).toList() + "): put dvpp-storage-jdbc there, "
                + "or make the keyset with your key management tool");
    }

    /**
     * A provider that reads a cleartext Tink JSON keyset from a file each time it is asked (so a rotated file is
     * picked up). For development and tests; production should wrap the keyset with a KMS.
     *
     * @param file the keyset file
     * @return the provider, with id {@code "keyset-file"}
     */
    public static KeyProvider keysetFile(Path file) {
        Checks.required(file, "file");
        return new KeyProvider() {
            @Override
            public int spiVersion() {
                return SPI_VERSION;
            }

            @Override
            public String id() {
                return "keyset-file";
            }

            @Override
            public DataKeyset dataKeyset() {
                try {
                    return new DataKeyset.Cleartext(Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new StorageConfigurationException("Cannot read the keyset file " + file
                            + ": create one with KeyProviders.generateKeysetFile(path) (development only) or point to "
                            + "the right path", e);
                }
            }

            @Override
            public String toString() {
                return "KeyProvider[keyset-file " + file + "]";
            }
        };
    }

    /**
     * Writes a new development audit signing keyset (one ECDSA P-256 private key, in cleartext) for
     * {@link #keysetFile(Path, Path)}, made by the storage provider found on the path; an existing file is never
     * overwritten. Development and tests only, like {@link #generateKeysetFile(Path)}.
     *
     * @param file where to write it
     * @throws StorageConfigurationException if the file exists, cannot be written, or no storage provider can make it
     * @since 0.3
     */
    public static void generateAuditSigningKeysetFile(Path file) {
        Checks.required(file, "file");
        for (StorageProvider p : StorageProviders.discover()) {
            if (p.generateAuditSigningKeysetFile(file)) {
                return;
            }
        }
        throw new StorageConfigurationException("No storage provider on the module or class path can make an audit "
                + "signing keyset: put dvpp-storage-jdbc there, or make the keyset with your key management tool");
    }

    /**
     * Like {@link #keysetFile(Path)}, with an audit signing keyset in a second file (see
     * {@link #generateAuditSigningKeysetFile(Path)}), so that heads of the audit chain can be signed and checked.
     * Development and tests only.
     *
     * @param dataKeys the data keyset file
     * @param auditSigningKeys the audit signing keyset file
     * @return the provider, with id {@code "keyset-file"}
     * @since 0.3
     */
    public static KeyProvider keysetFile(Path dataKeys, Path auditSigningKeys) {
        KeyProvider data = keysetFile(dataKeys);
        Checks.required(auditSigningKeys, "auditSigningKeys");
        return new KeyProvider() {
            @Override
            public int spiVersion() {
                return SPI_VERSION;
            }

            @Override
            public String id() {
                return data.id();
            }

            @Override
            public DataKeyset dataKeyset() {
                return data.dataKeyset();
            }

            @Override
            public java.util.Optional<DataKeyset> auditSigningKeyset() {
                try {
                    return java.util.Optional.of(new DataKeyset.Cleartext(Files.readString(auditSigningKeys,
                            StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw new StorageConfigurationException("Cannot read the audit signing keyset file "
                            + auditSigningKeys + ": create one with KeyProviders.generateAuditSigningKeysetFile(path) "
                            + "(development only) or point to the right path", e);
                }
            }

            @Override
            public String toString() {
                return "KeyProvider[keyset-file " + dataKeys + ", audit signing " + auditSigningKeys + "]";
            }
        };
    }
}
