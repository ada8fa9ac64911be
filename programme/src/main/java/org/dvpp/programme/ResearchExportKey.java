package org.dvpp.programme;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.UUID;
import org.dvpp.domain.Checks;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.storage.spi.DataKeyset;
import org.dvpp.storage.spi.KeyEncryptionKey;
import org.dvpp.storage.spi.internal.CleartextKeysets;

/**
 * The key of a research export's pseudonyms: a Tink PRF keyset (HMAC-SHA256), kept by the agency and never put in the
 * export. The same person has the same pseudonym in every export made with one key, and a different one under another
 * key; without the key a pseudonym cannot be turned back into the person, and with it the agency can find a person's
 * rows again by computing his pseudonym ({@link #pseudonym}).
 *
 * <p>{@link #generate()} makes a one-off key that lives only in memory (exports made with it can never be linked to
 * another); {@link #of(DataKeyset)} takes a keyset from the agency's key management (wrapped by a KMS key, or in clear
 * for development); {@link #generateFile} and {@link #fromFile} keep a cleartext keyset in a file, for development and
 * for the {@code dvpp} command. Keep such a file away from the exports and from the database's backups.
 */
public final class ResearchExportKey {
    static {
        try {
            PrfConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The rule code of a keyset that is not a usable PRF keyset. */
    public static final String PRF_KEYSET = "prf-keyset";

    private static final int BYTES = 12;
    private final PrfSet prf;

    private ResearchExportKey(PrfSet prf) {
        this.prf = prf;
    }

    /** @return a new random key, held only in memory */
    public static ResearchExportKey generate() {
        try {
            return from(KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink cannot make an HMAC-SHA256 PRF key", e);
        }
    }

    /**
     * @param keyset a Tink JSON PRF keyset, in clear or wrapped by a key-encryption key
     * @return the key
     * @throws InvalidInputException (field {@code keyset}, rule {@value #PRF_KEYSET}) if it is not a PRF keyset
     */
    public static ResearchExportKey of(DataKeyset keyset) {
        Checks.required(keyset, "keyset");
        try {
            KeysetHandle handle;
            if (keyset instanceof DataKeyset.Cleartext c) {
                handle = CleartextKeysets.parse(c.tinkJson());
            } else {
                DataKeyset.Wrapped w = (DataKeyset.Wrapped) keyset;
                handle = TinkJsonProtoKeysetFormat.parseEncryptedKeyset(w.encryptedTinkJson(),
                        kek(w.keyEncryptionKey()), w.associatedData());
            }
            return from(handle);
        } catch (GeneralSecurityException | RuntimeException e) {
            // never the keyset or Tink's message: only the kind of failure
            throw new InvalidInputException("keyset", PRF_KEYSET, "the research export key is not a usable Tink PRF "
                    + "keyset (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Writes a new cleartext PRF keyset to a file that only its owner may read (where the file system has POSIX
     * permissions); an existing file is never overwritten.
     *
     * @param file where
     * @throws InvalidInputException (field {@code file}) if the file exists or cannot be written
     */
    public static void generateFile(Path file) {
        Checks.required(file, "file");
        try {
            String json = CleartextKeysets.serialize(KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF));
            Files.writeString(file, "", StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the file system decides who may read it
            }
            Files.writeString(file, json, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (FileAlreadyExistsException e) {
            throw new InvalidInputException("file", "not-existing", "the key file " + file + " exists already; it is "
                    + "never overwritten");
        } catch (IOException e) {
            throw new InvalidInputException("file", "writable", "cannot write the key file " + file + " ("
                    + e.getClass().getSimpleName() + ")");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink cannot make an HMAC-SHA256 PRF key", e);
        }
    }

    /**
     * @param file a cleartext PRF keyset written by {@link #generateFile}
     * @return the key
     * @throws InvalidInputException if the file cannot be read or holds no PRF keyset
     */
    public static ResearchExportKey fromFile(Path file) {
        Checks.required(file, "file");
        try {
            return of(new DataKeyset.Cleartext(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new InvalidInputException("file", "readable", "cannot read the key file " + file + " ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private static ResearchExportKey from(KeysetHandle handle) throws GeneralSecurityException {
        return new ResearchExportKey(handle.getPrimitive(RegistryConfiguration.get(), PrfSet.class));
    }

    private static Aead kek(KeyEncryptionKey kek) {
        return new Aead() {
            @Override
            public byte[] encrypt(byte[] plaintext, byte[] associatedData) {
                return kek.encrypt(plaintext, associatedData);
            }

            @Override
            public byte[] decrypt(byte[] ciphertext, byte[] associatedData) {
                return kek.decrypt(ciphertext, associatedData);
            }
        };
    }

    /**
     * The pseudonym of one record under this key: a keyed PRF (HMAC-SHA256, 96 bits kept) of its kind and id.
     *
     * @param kind what the record is, such as {@code person}, {@code case} or {@code group} (its first letter leads the
     *     pseudonym)
     * @param id the record's id
     * @return the pseudonym, such as {@code P-3f9a0c...}
     */
    public String pseudonym(String kind, UUID id) {
        Checks.text(kind, "kind", 40);
        Checks.required(id, "id");
        byte[] in = ("dvpp-research-v1|" + kind + "|" + id).getBytes(StandardCharsets.UTF_8);
        try {
            return Character.toUpperCase(kind.charAt(0)) + "-" + HexFormat.of().formatHex(prf.computePrimary(in,
                    BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the research export key failed to compute", e);
        }
    }

    /**
     * @return a short value that is the same for two exports exactly when they were made with the same key (so an
     *     evaluator knows which exports may be linked), and that says nothing about the key
     */
    public String check() {
        return pseudonym("key-check", new UUID(0, 0)).substring(2, 10);
    }

    @Override
    public String toString() {
        return "ResearchExportKey[<redacted>]";
    }
}
