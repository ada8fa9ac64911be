package org.dvpp.storage.spi;

import org.dvpp.domain.Checks;
import org.dvpp.domain.Classified;

/**
 * An audit entry as stored: its place in the agency's chain and its hash, which covers the entry and the previous
 * record's hash (SHA-256, hex).
 *
 * @param sequence 1, 2, ... per agency
 * @param entry the entry
 * @param previousHash the hash of record {@code sequence - 1} (64 zeros for the first)
 * @param hash this record's hash
 * @since 0.1
 */
@Classified
public record AuditRecord(long sequence, AuditEntry entry, String previousHash, String hash) {
    /** Checks the input. */
    public AuditRecord {
        Checks.required(entry, "entry");
        Checks.required(previousHash, "previousHash");
        Checks.required(hash, "hash");
    }
}
