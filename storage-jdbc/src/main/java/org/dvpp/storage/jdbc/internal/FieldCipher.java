package org.dvpp.storage.jdbc.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.PublicKeyVerify;
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
 * Encrypts and decrypts single fields with Tink AEAD (randomised: the same value never gives the same ciphertext; no
 * field uses deterministic encryption). The associated data is {@code agency|table|record id|column} for the view of
 * one agency ({@link #forAgency}), so a ciphertext copied to another row, column or agency fails its integrity check.
 * Values written before 0.3 were bound to {@code table|record id|column} only: they still decrypt, and
 * {@code Storage.reencrypt} rebinds them to their agency. The primitive is swapped atomically when the keyset is
 * reloaded.
 */
public final class FieldCipher {
    private static final byte PRESENT = 1;
    private static final byte ABSENT = 0;

    static {
        try {
            AeadConfig.register();
            com.google.crypto.tink.signature.SignatureConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final KeyProvider keys;
    private final boolean refuseCleartext;
    /** The keys, shared by every view of this cipher and swapped atomically on reload. */
    private final Shared shared;
    /** The agency this view binds ciphertexts to, or null for the root. */
    private final @org.jspecify.annotations.Nullable String agency;
    /** One transaction's subject data keys, or null outside a transaction. */
    private final @org.jspecify.annotations.Nullable SubjectKeys subjects;
    /** The man whose own data key this view writes with, or null for the agency keyset. */
    private final @org.jspecify.annotations.Nullable UUID writeSubject;

    /** The first bytes of a value sealed with a subject's own data key, followed by the subject's id (16 bytes). */
    private static final byte[] SUBJECT_MAGIC = {'D', 'V', 'S', 1};
    private static final int SUBJECT_HEADER = SUBJECT_MAGIC.length + 16;

    private static final class Shared {
        volatile Keys loaded;
    }

    /** What one load of the provider gave: the field AEAD and, when the provider has one, the audit head signer. */
    private record Keys(Aead aead, java.util.Optional<PublicKeySign> sign, java.util.Optional<PublicKeyVerify> verify) {
    }

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
        this(keys, timeout, false);
    }

    /**
     * @param keys the key provider
     * @param timeout how long one key provider call may take
     * @param refuseCleartext whether a keyset handed over in clear is refused (option {@code keys.cleartext=refuse})
     * @throws StorageConfigurationException if the keyset cannot be loaded in time, or is in clear and refused
     */
    public FieldCipher(KeyProvider keys, java.time.Duration timeout, boolean refuseCleartext) {
        this.keys = keys;
        this.timeout = timeout;
        this.refuseCleartext = refuseCleartext;
        this.shared = new Shared();
        this.shared.loaded = loadInTime(keys, timeout, refuseCleartext);
        this.agency = null;
        this.subjects = null;
        this.writeSubject = null;
    }

    private FieldCipher(FieldCipher base, @org.jspecify.annotations.Nullable String agency,
            @org.jspecify.annotations.Nullable SubjectKeys subjects, @org.jspecify.annotations.Nullable UUID writeSubject) {
        this.keys = base.keys;
        this.timeout = base.timeout;
        this.refuseCleartext = base.refuseCleartext;
        this.shared = base.shared;
        this.agency = agency;
        this.subjects = subjects;
        this.writeSubject = writeSubject;
    }

    /**
     * @param agencyId the agency
     * @return a view that binds every ciphertext it writes to the agency and checks that binding on reading
     */
    FieldCipher forAgency(java.util.UUID agencyId) {
        return new FieldCipher(this, agencyId.toString(), subjects, writeSubject);
    }

    /**
     * @param subjects one transaction's subject data keys
     * @return this cipher reading values sealed with a subject's key through {@code subjects} (agency-key values as
     *     before); it still writes with the agency keyset
     */
    FieldCipher within(SubjectKeys subjects) {
        return new FieldCipher(this, agency, subjects, null);
    }

    /**
     * @param subject the man (participant id) the values belong to
     * @return this cipher writing with that subject's own data key (created on first use)
     */
    FieldCipher forSubject(UUID subject) {
        if (subjects == null) {
            throw new IllegalStateException("subject keys are only available inside a transaction");
        }
        return new FieldCipher(this, agency, subjects, subject);
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
        return keys().aead();
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

    private Keys keys() {
        return shared.loaded;
    }

    private final java.time.Duration timeout;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FieldCipher.class);

    /**
     * Re-reads the keysets from the provider (after a rotation, or to pick up a re-wrapped keyset). On failure the keys
     * in use stay in use and the failure is thrown.
     */
    public void reload() {
        shared.loaded = loadInTime(keys, timeout, refuseCleartext);
    }

    /**
     * Calls the provider on its own daemon thread and waits at most {@code timeout}: a provider that hangs fails
     * closed instead of blocking for ever. The error and the log line name the provider's id and the exception type
     * only, never the provider's own message (it may hold a key id, a KMS address or a secret).
     */
    private static Keys loadInTime(KeyProvider keys, java.time.Duration timeout, boolean refuseCleartext) {
        java.util.concurrent.FutureTask<Keys> task = new java.util.concurrent.FutureTask<>(() -> load(keys,
                refuseCleartext));
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

    private static Keys load(KeyProvider keys, boolean refuseCleartext) {
        DataKeyset ks;
        java.util.Optional<DataKeyset> signing;
        try {
            ks = keys.dataKeyset();
            signing = keys.auditSigningKeyset();
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
        for (DataKeyset k : signing.isPresent() ? java.util.List.of(ks, signing.get()) : java.util.List.of(ks)) {
            if (k instanceof DataKeyset.Cleartext) {
                if (refuseCleartext) {
                    throw new StorageConfigurationException("The key provider '" + safeId(keys) + "' handed over a "
                            + "keyset in clear and the option " + org.dvpp.storage.spi.StorageConfig.CLEARTEXT_KEYS
                            + "=refuse forbids it: wrap the keyset with a KMS (DataKeyset.Wrapped)");
                }
                LOG.warn("SECURITY key provider '{}' handed over a keyset in clear: for development and tests only; in "
                        + "production wrap it with a KMS (set {}=refuse to forbid cleartext keysets)", safeId(keys),
                        org.dvpp.storage.spi.StorageConfig.CLEARTEXT_KEYS);
                break;
            }
        }
        Aead aead;
        try {
            aead = handle(ks).getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new StorageConfigurationException("The keyset from key provider '" + safeId(keys)
                    + "' is not a usable Tink AEAD keyset (" + e.getClass().getSimpleName() + ")");
        }
        if (signing.isEmpty()) {
            return new Keys(aead, java.util.Optional.empty(), java.util.Optional.empty());
        }
        try {
            KeysetHandle h = handle(signing.get());
            return new Keys(aead, java.util.Optional.of(h.getPrimitive(RegistryConfiguration.get(),
                    PublicKeySign.class)), java.util.Optional.of(h.getPublicKeysetHandle().getPrimitive(
                            RegistryConfiguration.get(), PublicKeyVerify.class)));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new StorageConfigurationException("The audit signing keyset from key provider '" + safeId(keys)
                    + "' is not a usable Tink public-key signature keyset (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static KeysetHandle handle(DataKeyset ks) throws GeneralSecurityException {
        if (ks instanceof DataKeyset.Cleartext c) {
            return KeysetTool.parseCleartext(c.tinkJson());
        }
        DataKeyset.Wrapped w = (DataKeyset.Wrapped) ks;
        return TinkJsonProtoKeysetFormat.parseEncryptedKeyset(w.encryptedTinkJson(), kekAead(w.keyEncryptionKey()),
                w.associatedData());
    }

    /** @return whether an audit signing key is configured */
    boolean canSign() {
        return keys().sign().isPresent();
    }

    /**
     * @param data what to sign
     * @return the signature
     * @throws StorageConfigurationException if no audit signing key is configured
     */
    byte[] sign(byte[] data) {
        PublicKeySign s = keys().sign().orElseThrow(FieldCipher::noSigningKey);
        try {
            return s.sign(data);
        } catch (GeneralSecurityException e) {
            throw new StorageConfigurationException("The audit signing key could not sign (" + e.getClass()
                    .getSimpleName() + ")");
        }
    }

    /**
     * @param signature a signature
     * @param data what it should cover
     * @return whether it verifies with the audit signing key's public key
     */
    boolean verifies(byte[] signature, byte[] data) {
        PublicKeyVerify v = keys().verify().orElseThrow(FieldCipher::noSigningKey);
        try {
            v.verify(signature, data);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static StorageConfigurationException noSigningKey() {
        return new StorageConfigurationException("No audit signing key is configured: the key provider's "
                + "auditSigningKeyset() is empty (for development: KeyProviders.generateAuditSigningKeysetFile(path) "
                + "once, then KeyProviders.keysetFile(dataKeys, auditSigningKeys))");
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

    private static byte[] legacyAd(String table, String id, String column) {
        return (table + "|" + id + "|" + column).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] ad(String table, String id, String column) {
        if (agency == null) {
            throw new IllegalStateException("field encryption outside an agency's view");
        }
        return (agency + "|" + table + "|" + id + "|" + column).getBytes(StandardCharsets.UTF_8);
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
            return keys().aead().encrypt(plaintext, ad(table, id, column));
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
        return decryptOptional(table, id.toString(), column, ciphertext);
    }

    /** As {@link #decryptOptional(String, UUID, String, byte[])}, for a record id already read as text. */
    Optional<String> decryptOptional(String table, String id, String column, byte[] ciphertext) {
        byte[] framed = decryptRaw(table, id, column, ciphertext);
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
            return keys().aead().decrypt(ciphertext, ad(table, id, column));
        } catch (GeneralSecurityException | RuntimeException e) {
            try {
                // written before 0.3, bound to table, record and column only (Storage.reencrypt rebinds it)
                return keys().aead().decrypt(ciphertext, legacyAd(table, id, column));
            } catch (GeneralSecurityException | RuntimeException legacy) {
                throw new DecryptionFailedException(table, id, column, e);
            }
        }
    }

    /**
     * Decrypts with any enabled key and encrypts again with the primary key, bound to this view's agency, for rotation.
     * A value sealed with a subject's own key is left as it is (rotation re-wraps the subject's key instead).
     */
    byte[] reencrypt(String table, String id, String column, byte[] ciphertext) {
        if (subjectSealed(ciphertext)) {
            return ciphertext;
        }
        return new FieldCipher(this, agency, subjects, null).encryptRaw(table, id, column,
                decryptRaw(table, id, column, ciphertext));
    }
}
