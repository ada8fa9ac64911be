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
            public String id() {
                return "keyset-file";
            }

            @Override
            public DataKeyset dataKeyset() {
                try {
                    return new DataKeyset.Cleartext(Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new StorageConfigurationException("Cannot read the keyset file " + file
                            + ": create one (JdbcStorageProvider.generateKeysetFile) or point to the right path", e);
                }
            }

            @Override
            public String toString() {
                return "KeyProvider[keyset-file " + file + "]";
            }
        };
    }
}
