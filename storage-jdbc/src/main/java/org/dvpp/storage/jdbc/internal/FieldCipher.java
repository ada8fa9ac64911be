package org.dvpp.storage.jdbc.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.UUID;
import org.dvpp.storage.spi.DataKeyset;
import org.dvpp.storage.spi.DecryptionFailedException;
import org.dvpp.storage.spi.KeyEncryptionKey;
import org.dvpp.storage.spi.KeyProvider;
import org.dvpp.storage.spi.StorageConfigurationException;

/**
 * Encrypts and decrypts single fields with Tink AEAD. The associated data is {@code table|record id|column}, so a
 * ciphertext copied to another row or column fails its integrity check. The primitive is swapped atomically when the
 * keyset is reloaded for a rotation.
 */
public final class FieldCipher {
    private static final byte PRESENT = 1;
    private static final byte ABSENT = 0;

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The first bytes of a value sealed with a subject's own data key, followed by the subject's id (16 bytes). */
    private static final byte[] SUBJECT_MAGIC = {'D', 'V', 'S', 1};
    private static final int SUBJECT_HEADER = SUBJECT_MAGIC.length + 16;

    /** The agency keyset, shared by every view of this cipher and swapped atomically on reload. */
    private static final class Shared {
        volatile Aead aead;
    }

    private final KeyProvider keys;
    private final Shared shared;
    private final @org.jspecify.annotations.Nullable SubjectKeys subjects;
    private final @org.jspecify.annotations.Nullable UUID writeSubject;

    /**
     * @param keys the key provider
     * @throws StorageConfigurationException if the keyset cannot be loaded
     */
    public FieldCipher(KeyProvider keys) {
        this(keys, org.dvpp.storage.spi.StorageConfig.DEFAULT_KEY_PROVIDER_TIMEOUT);
    }

    /**
     * @param keys the key provider
     * @param timeout how long one key provider call may take
     * @throws StorageConfigurationException if the keyset cannot be loaded in time
     */
    public FieldCipher(KeyProvider keys, java.time.Duration timeout) {
        this.keys = keys;
        this.timeout = timeout;
        this.shared = new Shared();
        this.shared.aead = loadInTime(keys, timeout);
        this.subjects = null;
        this.writeSubject = null;
    }

    private FieldCipher(FieldCipher base, @org.jspecify.annotations.Nullable SubjectKeys subjects,
            @org.jspecify.annotations.Nullable UUID writeSubject) {
        this.keys = base.keys;
        this.timeout = base.timeout;
        this.shared = base.shared;
        this.subjects = subjects;
        this.writeSubject = writeSubject;
    }

    /**
     * @param subjects one transaction's subject data keys
     * @return this cipher reading values sealed with a subject's key through {@code subjects} (agency-key values as
     *     before); it still writes with the agency keyset
     */
    FieldCipher within(SubjectKeys subjects) {
        return new FieldCipher(this, subjects, null);
    }

    /**
     * @param subject the man (participant id) the values belong to
     * @return this cipher writing with that subject's own data key (created on first use)
     */
    FieldCipher forSubject(UUID subject) {
        if (subjects == null) {
            throw new IllegalStateException("subject keys are only available inside a transaction");
        }
        return new FieldCipher(this, subjects, subject);
    }

    /**
     * @param caseId a case
     * @return this cipher writing with the key of the case's man, or with the agency keyset when the case is unknown
     */
    FieldCipher forCase(UUID caseId) {
        return subjects.ofCase(caseId).map(this::forSubject).orElse(this);
    }

    /**
     * @param personId a person at risk
     * @return this cipher writing with the key of the man she is at risk from, or with the agency keyset when she is
     *     unknown
     */
    FieldCipher forPerson(UUID personId) {
        return subjects.ofPerson(personId).map(this::forSubject).orElse(this);
    }

    /** @return the agency keyset's primitive (wraps the subjects' data keys) */
    Aead agencyAead() {
        return shared.aead;
    }

    /**
     * @param ciphertext a stored value
     * @return whether it was sealed with a subject's own data key
     */
    static boolean subjectSealed(byte[] ciphertext) {
        if (ciphertext.length < SUBJECT_HEADER) {
            return false;
        }
        for (int i = 0; i < SUBJECT_MAGIC.length; i++) {
            if (ciphertext[i] != SUBJECT_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param ciphertext a value sealed with a subject's key
     * @return the subject's id from its header
     */
    static UUID subjectOf(byte[] ciphertext) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(ciphertext, SUBJECT_MAGIC.length, 16);
        return new UUID(b.getLong(), b.getLong());
    }

    private final java.time.Duration timeout;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FieldCipher.class);

    /** Re-reads the keyset from the provider (after a rotation). */
    public void reload() {
        this.shared.aead = loadInTime(keys, timeout);
    }

    /**
     * Calls the provider on its own daemon thread and waits at most {@code timeout}: a provider that hangs fails
     * closed instead of blocking for ever. The error and the log line name the provider's id and the exception type
     * only, never the provider's own message (it may hold a key id, a KMS address or a secret).
     */
    private static Aead loadInTime(KeyProvider keys, java.time.Duration timeout) {
        java.util.concurrent.FutureTask<Aead> task = new java.util.concurrent.FutureTask<>(() -> load(keys));
        Thread t = new Thread(task, "dvpp-key-provider");
        t.setDaemon(true);
        t.start();
        try {
            return task.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            task.cancel(true);
            LOG.error("Key provider '{}' did not answer within {} ms; storage is not opened (fail closed)",
                    safeId(keys), timeout.toMillis());
            throw new StorageConfigurationException("The key provider did not supply a keyset within "
                    + timeout.toMillis() + " ms; storage is not available");
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new StorageConfigurationException("Interrupted while waiting for the key provider");
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof StorageConfigurationException s) {
                throw s;
            }
            LOG.error("Key provider '{}' failed ({}); storage is not opened (fail closed)", safeId(keys),
                    cause.getClass().getName());
            throw new StorageConfigurationException("The key provider failed to supply a keyset ("
                    + cause.getClass().getSimpleName() + "); storage is not available");
        }
    }

    private static String safeId(KeyProvider keys) {
        try {
            String id = keys.id();
            return id.replaceAll("[^A-Za-z0-9._-]", "_");
        } catch (RuntimeException e) {
            return "?";
        }
    }

    private static Aead load(KeyProvider keys) {
        DataKeyset ks;
        try {
            ks = keys.dataKeyset();
        } catch (StorageConfigurationException e) {
            if (keys.getClass().getName().startsWith("org.dvpp.storage.spi.")) {
                throw e; // the SDK's own KeyProviders write their own messages (the keyset file's name, no secret)
            }
            LOG.error("Key provider '{}' failed ({}); storage is not opened (fail closed)", safeId(keys),
                    e.getClass().getName());
            throw new StorageConfigurationException("The key provider '" + safeId(keys)
                    + "' failed to supply a keyset (" + e.getClass().getSimpleName() + "); storage is not available");
        } catch (RuntimeException e) {
            LOG.error("Key provider '{}' failed ({}); storage is not opened (fail closed)", safeId(keys),
                    e.getClass().getName());
            throw new StorageConfigurationException("The key provider '" + safeId(keys)
                    + "' failed to supply a keyset (" + e.getClass().getSimpleName() + "); storage is not available");
        }
        try {
            KeysetHandle handle;
            if (ks instanceof DataKeyset.Cleartext c) {
                handle = TinkJsonProtoKeysetFormat.parseKeyset(c.tinkJson(), InsecureSecretKeyAccess.get());
            } else {
                DataKeyset.Wrapped w = (DataKeyset.Wrapped) ks;
                handle = TinkJsonProtoKeysetFormat.parseEncryptedKeyset(w.encryptedTinkJson(),
                        kekAead(w.keyEncryptionKey()), w.associatedData());
            }
            return handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new StorageConfigurationException("The keyset from key provider '" + keys.id()
                    + "' is not a usable Tink AEAD keyset (" + e.getClass().getSimpleName() + ")");
        }
    }

    static Aead kekAead(KeyEncryptionKey kek) {
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

    private static byte[] ad(String table, String id, String column) {
        return (table + "|" + id + "|" + column).getBytes(StandardCharsets.UTF_8);
    }

    byte[] encrypt(String table, UUID id, String column, String plaintext) {
        return encryptRaw(table, id.toString(), column, plaintext.getBytes(StandardCharsets.UTF_8));
    }

    byte[] encrypt(String table, String id, String column, String plaintext) {
        return encryptRaw(table, id, column, plaintext.getBytes(StandardCharsets.UTF_8));
    }

    /** Encrypts an optional value; absence is encrypted too, so it does not show. */
    byte[] encryptOptional(String table, UUID id, String column, Optional<String> value) {
        byte[] body = value.map(v -> v.getBytes(StandardCharsets.UTF_8)).orElse(new byte[0]);
        byte[] framed = new byte[body.length + 1];
        framed[0] = value.isPresent() ? PRESENT : ABSENT;
        System.arraycopy(body, 0, framed, 1, body.length);
        return encryptRaw(table, id.toString(), column, framed);
    }

    private byte[] encryptRaw(String table, String id, String column, byte[] plaintext) {
        if (writeSubject != null) {
            return sealForSubject(writeSubject, table, id, column, plaintext);
        }
        try {
            return shared.aead.encrypt(plaintext, ad(table, id, column));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed for " + table + "." + column, e);
        }
    }

    private byte[] sealForSubject(UUID subject, String table, String id, String column, byte[] plaintext) {
        Aead key = subjects.forWrite(subject);
        try {
            byte[] body = key.encrypt(plaintext, ad(table, id, column));
            java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(SUBJECT_HEADER + body.length);
            out.put(SUBJECT_MAGIC).putLong(subject.getMostSignificantBits()).putLong(subject.getLeastSignificantBits())
                    .put(body);
            return out.array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed for " + table + "." + column, e);
        }
    }

    /**
     * Moves a value under the subject's own key (for erasure): a value still under the agency keyset (or another
     * subject's key) is decrypted and sealed again with the subject's key; one already sealed with it is returned as it
     * is.
     *
     * @return the value sealed with the subject's key, or the same array when nothing had to change
     */
    byte[] sealUnder(UUID subject, String table, String id, String column, byte[] ciphertext) {
        if (subjectSealed(ciphertext) && subjectOf(ciphertext).equals(subject)) {
            return ciphertext;
        }
        return sealForSubject(subject, table, id, column, decryptRaw(table, id, column, ciphertext));
    }

    String decrypt(String table, UUID id, String column, byte[] ciphertext) {
        return new String(decryptRaw(table, id.toString(), column, ciphertext), StandardCharsets.UTF_8);
    }

    String decrypt(String table, String id, String column, byte[] ciphertext) {
        return new String(decryptRaw(table, id, column, ciphertext), StandardCharsets.UTF_8);
    }

    Optional<String> decryptOptional(String table, UUID id, String column, byte[] ciphertext) {
        byte[] framed = decryptRaw(table, id.toString(), column, ciphertext);
        if (framed.length == 0 || framed[0] == ABSENT) {
            return Optional.empty();
        }
        return Optional.of(new String(framed, 1, framed.length - 1, StandardCharsets.UTF_8));
    }

    private byte[] decryptRaw(String table, String id, String column, byte[] ciphertext) {
        if (subjectSealed(ciphertext) && subjects != null) {
            // a subject that was erased has no key: its values read as not found, not as tampering
            Aead key = subjects.forRead(subjectOf(ciphertext), table, id, column);
            try {
                return key.decrypt(java.util.Arrays.copyOfRange(ciphertext, SUBJECT_HEADER, ciphertext.length),
                        ad(table, id, column));
            } catch (GeneralSecurityException | RuntimeException e) {
                throw new DecryptionFailedException(table, id, column, e);
            }
        }
        try {
            return shared.aead.decrypt(ciphertext, ad(table, id, column));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new DecryptionFailedException(table, id, column, e);
        }
    }

    /**
     * Decrypts with any enabled key and encrypts again with the primary key, for rotation. A value sealed with a
     * subject's own key is left as it is (rotation re-wraps the subject's key instead).
     */
    byte[] reencrypt(String table, String id, String column, byte[] ciphertext) {
        if (subjectSealed(ciphertext)) {
            return ciphertext;
        }
        return new FieldCipher(this, subjects, null).encryptRaw(table, id, column,
                decryptRaw(table, id, column, ciphertext));
    }

    static String keysetJson(KeysetHandle handle) {
        try {
            return TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
