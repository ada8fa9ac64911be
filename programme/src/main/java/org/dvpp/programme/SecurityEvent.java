package org.dvpp.programme;

import java.time.Instant;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.GlassAccessId;
import org.dvpp.domain.PersonAtRiskId;
import org.dvpp.domain.UserId;

/**
 * Something a security monitor must see, delivered to every {@link SecurityEventListener}. Ids, codes and times only.
 * Switch over the permitted subtypes.
 */
public sealed interface SecurityEvent {
    /** @return the agency it happened in */
    AgencyId agency();

    /** @return the acting user */
    UserId user();

    /** @return when (by the SDK's clock) */
    Instant at();

    /** @return a stable code for the kind of event */
    String code();

    /**
     * A member of staff broke the glass: opened a person at risk's partner-support record without the permission.
     *
     * @param agency the agency
     * @param user who
     * @param access the access (its reason is kept, encrypted, with it)
     * @param person whose record
     * @param at when
     * @param expiresAt when the access ends
     */
    @org.dvpp.domain.Classified
    record GlassBroken(AgencyId agency, UserId user, GlassAccessId access, PersonAtRiskId person, Instant at,
            Instant expiresAt) implements SecurityEvent {
        /** Checks every part. */
        public GlassBroken {
            Checks.required(agency, "agency");
            Checks.required(user, "user");
            Checks.required(access, "access");
            Checks.required(person, "person");
            Checks.required(at, "at");
            Checks.required(expiresAt, "expiresAt");
        }

        @Override
        public String code() {
            return "break-the-glass";
        }
    }

    /**
     * An encrypted field failed its integrity check when it was read: the ciphertext was altered, moved from another
     * record or field, or its key is gone. Nothing of it was returned; the call failed. Investigate as possible
     * tampering.
     *
     * @param agency the agency
     * @param user whose call read it
     * @param table the table
     * @param field the column
     * @param record the record's id, as stored
     * @param operation the front-door method, such as {@code partnerSupport.record}
     * @param correlationId the failed call's correlation id (also in its audit entry)
     * @param at when
     */
    @org.dvpp.domain.Classified
    record DecryptionFailed(AgencyId agency, UserId user, String table, String field, String record, String operation,
            String correlationId, Instant at) implements SecurityEvent {
        /** Checks every part. */
        public DecryptionFailed {
            Checks.required(agency, "agency");
            Checks.required(user, "user");
            Checks.required(table, "table");
            Checks.required(field, "field");
            Checks.required(record, "record");
            Checks.required(operation, "operation");
            Checks.required(correlationId, "correlationId");
            Checks.required(at, "at");
        }

        @Override
        public String code() {
            return "decryption-failed";
        }
    }

    /**
     * Verifying the audit chain ({@link Audit#verify}) found it broken: an entry was changed, removed or moved, or the
     * tail was cut since the head it was checked against. Investigate as possible tampering.
     *
     * @param agency the agency
     * @param user who verified
     * @param firstBrokenSequence the first sequence number that does not match
     * @param at when
     */
    @org.dvpp.domain.Classified
    record AuditChainBroken(AgencyId agency, UserId user, long firstBrokenSequence, Instant at)
            implements SecurityEvent {
        /** Checks every part. */
        public AuditChainBroken {
            Checks.required(agency, "agency");
            Checks.required(user, "user");
            Checks.required(at, "at");
        }

        @Override
        public String code() {
            return "audit-chain-broken";
        }
    }
}
