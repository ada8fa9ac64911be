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

    /**
     * Signs the head of the chain (its last sequence number and hash) with the audit signing key
     * ({@link KeyProvider#auditSigningKeyset()}), after checking the chain: export the result and keep it outside the
     * database, then pass it to {@link #verify(SignedAuditHead)} to detect a truncated tail.
     *
     * @return the signed head
     * @throws StorageConfigurationException if no audit signing key is configured
     * @throws AuditChainBrokenException if the chain is already broken (a broken chain is never signed)
     * @since 0.3
     */
    default SignedAuditHead signedHead() {
        throw new StorageConfigurationException("This storage cannot sign audit heads");
    }

    /**
     * Recomputes the chain as {@link #verify()} does and also checks it against a head exported earlier: the head's
     * signature must verify with the audit signing key, the chain must still reach the head's sequence number, and the
     * entry there must have the head's hash. A chain shorter than the head is reported broken at the first missing
     * sequence number; a different entry at the head's sequence number at that number.
     *
     * @param lastExported the last head exported for this agency
     * @return the result
     * @throws org.dvpp.domain.InvalidInputException if the head is another agency's or its signature does not verify
     *     (field {@code head}, rules {@code same-agency} and {@code signature})
     * @throws StorageConfigurationException if no audit signing key is configured
     * @since 0.3
     */
    default AuditVerification verify(SignedAuditHead lastExported) {
        throw new StorageConfigurationException("This storage cannot check signed audit heads");
    }
}
