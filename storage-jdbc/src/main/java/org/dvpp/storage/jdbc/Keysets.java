package org.dvpp.storage.jdbc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.dvpp.domain.Checks;
import org.dvpp.storage.jdbc.internal.KeysetTool;
import org.dvpp.storage.spi.StorageConfigurationException;

/**
 * Creates and rotates cleartext Tink keyset files for {@link org.dvpp.storage.spi.KeyProviders#keysetFile(Path)}:
 * development and tests only. In production wrap the keyset with a KMS ({@link org.dvpp.storage.spi.DataKeyset.Wrapped}).
 *
 * <p>Rotation: {@link #rotate(Path)} adds a new AES-256-GCM key and makes it primary (old keys still decrypt); then
 * run {@link org.dvpp.storage.spi.Storage#reencrypt(org.dvpp.domain.AgencyId)} for every agency; the old key may then be
 * disabled.
 *
 * @since 0.1
 */
public final class Keysets {
    private Keysets() {
    }

    /**
     * Writes a new keyset with one AES-256-GCM key. Refuses to overwrite an existing file.
     *
     * @param file where to write it
     */
    public static void generate(Path file) {
        Checks.required(file, "file");
        if (Files.exists(file)) {
            throw new StorageConfigurationException("Refusing to overwrite the keyset file " + file
                    + ": data encrypted with it would become unreadable");
        }
        write(file, KeysetTool.generate());
    }

    /**
     * Writes a new audit signing keyset with one ECDSA P-256 private key (it signs exported heads of the audit chain).
     * Refuses to overwrite an existing file. Development and tests only.
     *
     * @param file where to write it
     * @since 0.3
     */
    public static void generateAuditSigning(Path file) {
        Checks.required(file, "file");
        if (Files.exists(file)) {
            throw new StorageConfigurationException("Refusing to overwrite the keyset file " + file
                    + ": heads signed with it could no longer be checked");
        }
        write(file, KeysetTool.generateAuditSigning());
    }

    /**
     * Adds a new primary key to the keyset in the file, keeping the old keys for decryption.
     *
     * @param file the keyset file
     */
    public static void rotate(Path file) {
        Checks.required(file, "file");
        try {
            write(file, KeysetTool.rotate(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new StorageConfigurationException("Cannot read the keyset file " + file, e);
        }
    }

    private static void write(Path file, String json) {
        try {
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".keyset", ".tmp");
            Files.writeString(tmp, json, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StorageConfigurationException("Cannot write the keyset file " + file, e);
        }
    }

    /**
     * Removes every key but the primary from the keyset in the file: the last step of a rotation, once
     * {@link org.dvpp.storage.spi.Storage#reencrypt(org.dvpp.domain.AgencyId)} has run for every agency. Data still
     * encrypted with a removed key becomes unreadable.
     *
     * @param file the keyset file
     */
    public static void retirePreviousKeys(Path file) {
        Checks.required(file, "file");
        try {
            write(file, KeysetTool.retainPrimary(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new StorageConfigurationException("Cannot read the keyset file " + file, e);
        }
    }
}
