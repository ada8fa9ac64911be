package org.dvpp.storage.spi;

import java.util.List;

/**
 * The agency's append-only, hash-chained log of reads and changes of sensitive data. Appends are serialised per
 * agency; there is no update or delete.
 *
 * @since 0.1
 */
public interface AuditLog {
    /**
     * @param entry what happened
     * @return the stored record with its sequence number and hash
     */
    AuditRecord append(AuditEntry entry);

    /**
     * @param fromSequence the first sequence number wanted
     * @param limit at most this many (1..10000)
     * @return records in sequence order
     */
    List<AuditRecord> list(long fromSequence, int limit);

    /** @return the result of recomputing the whole chain */
    AuditVerification verify();
}
