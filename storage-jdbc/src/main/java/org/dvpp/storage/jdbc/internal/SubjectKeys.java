package org.dvpp.storage.jdbc.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.dvpp.storage.spi.DecryptionFailedException;
import org.dvpp.storage.spi.ErasedSubjectException;

/**
 * One transaction's view of the subjects' own data keys (table {@code subject_key}). A subject is one man (a
 * participant id) with everything recorded about him and the people at risk from him. His data key is a Tink AEAD
 * keyset of one AES-256-GCM key, stored wrapped by the agency keyset with the associated data
 * {@code subject_key|agency|subject}; it is created the first time a value of his is written, and destroyed (its
 * wrapped bytes set to NULL) when he is erased. Keys are cached for the transaction only, so an erasure committed by
 * another process is seen by the next transaction.
 */
final class SubjectKeys {
    static final String TABLE = "subject_key";
    private final Db db;
    private final Map<UUID, Aead> keys = new HashMap<>();
    private final Map<UUID, UUID> caseSubjects = new HashMap<>();
    private final Map<UUID, UUID> personSubjects = new HashMap<>();

    SubjectKeys(Db db) {
        this.db = db;
    }

    private byte[] ad(UUID subject) {
        return (TABLE + "|" + db.agencyId + "|" + subject).getBytes(StandardCharsets.UTF_8);
    }

    /** A row of subject_key: the wrapped key, or none once erased. */
    private record Stored(Optional<byte[]> wrapped, boolean erased) {
    }

    private Optional<Stored> stored(UUID subject) {
        return db.one("SELECT key_enc, erased_at_nanos FROM subject_key WHERE agency_id = ? AND subject_id = ?",
                r -> new Stored(Optional.ofNullable(r.bytes("key_enc")), r.lOrNull("erased_at_nanos") != null),
                db.agencyId, subject);
    }

    /**
     * @param subject the subject
     * @return his data key, created now if he has none yet
     * @throws ErasedSubjectException when he was erased (nothing may be written for him again)
     */
    Aead forWrite(UUID subject) {
        Aead cached = keys.get(subject);
        if (cached != null) {
            return cached;
        }
        Optional<Stored> s = stored(subject);
        if (s.isPresent()) {
            return keep(subject, s.get());
        }
        try {
            KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            byte[] wrapped = TinkProtoKeysetFormat.serializeEncryptedKeyset(handle, db.cipher.agencyAead(),
                    ad(subject));
            // a concurrent first write for the same subject collides on uq_subject_key and is retried (Dialect)
            db.update("INSERT INTO subject_key (agency_id, subject_id, key_enc, created_at_nanos) VALUES (?,?,?,?)",
                    db.agencyId, subject, wrapped, db.clock.instant());
            Aead aead = handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
            keys.put(subject, aead);
            return aead;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not make a data key for a subject", e);
        }
    }

    /**
     * @return the subject's data key, to read one of his values
     * @throws ErasedSubjectException when he was erased
     * @throws DecryptionFailedException when no key was ever stored for him (the header was altered)
     */
    Aead forRead(UUID subject, String table, String id, String column) {
        Aead cached = keys.get(subject);
        if (cached != null) {
            return cached;
        }
        Stored s = stored(subject).orElseThrow(() -> new DecryptionFailedException(table, id, column,
                new GeneralSecurityException("no data key for the subject named in the value")));
        return keep(subject, s);
    }

    private Aead keep(UUID subject, Stored s) {
        if (s.erased() || s.wrapped().isEmpty()) {
            throw new ErasedSubjectException(subject);
        }
        try {
            KeysetHandle handle = TinkProtoKeysetFormat.parseEncryptedKeyset(s.wrapped().get(),
                    db.cipher.agencyAead(), ad(subject));
            Aead aead = handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
            keys.put(subject, aead);
            return aead;
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new DecryptionFailedException(TABLE, subject.toString(), "key_enc", e);
        }
    }

    /**
     * Wraps the subject's key again with the agency keyset's current primary key (key rotation).
     *
     * @return whether a live key was re-wrapped
     */
    boolean rewrap(UUID subject) {
        Optional<Stored> s = stored(subject);
        if (s.isEmpty() || s.get().erased() || s.get().wrapped().isEmpty()) {
            return false;
        }
        try {
            KeysetHandle handle = TinkProtoKeysetFormat.parseEncryptedKeyset(s.get().wrapped().get(),
                    db.cipher.agencyAead(), ad(subject));
            db.update("UPDATE subject_key SET key_enc = ? WHERE agency_id = ? AND subject_id = ?",
                    TinkProtoKeysetFormat.serializeEncryptedKeyset(handle, db.cipher.agencyAead(), ad(subject)),
                    db.agencyId, subject);
            return true;
        } catch (GeneralSecurityException e) {
            throw new DecryptionFailedException(TABLE, subject.toString(), "key_enc", e);
        }
    }

    /**
     * Destroys the subject's data key: every value sealed with it becomes unreadable. A subject who never had a key
     * gets an erased row, so nothing can be written for him afterwards.
     */
    void destroy(UUID subject) {
        keys.remove(subject);
        int n = db.update("UPDATE subject_key SET key_enc = NULL, erased_at_nanos = ? WHERE agency_id = ? "
                + "AND subject_id = ?", db.clock.instant(), db.agencyId, subject);
        if (n == 0) {
            db.update("INSERT INTO subject_key (agency_id, subject_id, created_at_nanos, erased_at_nanos) "
                    + "VALUES (?,?,?,?)", db.agencyId, subject, db.clock.instant(), db.clock.instant());
        }
    }

    /** @return the subject (participant) of a case of this agency, if the case exists */
    Optional<UUID> ofCase(UUID caseId) {
        UUID known = caseSubjects.get(caseId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<UUID> found = db.one("SELECT participant_id FROM dv_case WHERE agency_id = ? AND id = ?",
                r -> r.uuid("participant_id"), db.agencyId, caseId);
        found.ifPresent(s -> caseSubjects.put(caseId, s));
        return found;
    }

    /** @return the subject (participant) of a person at risk of this agency, if she is recorded */
    Optional<UUID> ofPerson(UUID personId) {
        UUID known = personSubjects.get(personId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<UUID> found = db.one("SELECT participant_id FROM person_at_risk WHERE agency_id = ? AND id = ?",
                r -> r.uuid("participant_id"), db.agencyId, personId);
        found.ifPresent(s -> personSubjects.put(personId, s));
        return found;
    }
}
