package org.dvpp.programme;

import org.dvpp.storage.spi.AuditVerification;
import org.dvpp.storage.spi.SignedAuditHead;

/**
 * Proof that the agency's audit log was not changed: the hash chain recomputed, and its head signed for keeping
 * outside the database. Every call needs {@link Permission#VERIFY_AUDIT} and is itself audited.
 *
 * <p>Export a head now and then ({@link #exportHead}) and keep its {@link SignedAuditHead#encoded() line} somewhere
 * the database's users cannot write; later, {@link #verify(ActingUser, SignedAuditHead)} against it also detects
 * entries removed from the end of the chain. A broken chain is also announced as a
 * {@link SecurityEvent.AuditChainBroken} to the security event listeners.
 */
public interface Audit {

    /**
     * Recomputes the agency's whole chain.
     *
     * @param user who asks (needs {@link Permission#VERIFY_AUDIT})
     * @return intact, or the first sequence number whose entry was changed, removed or moved
     */
    AuditVerification verify(ActingUser user);

    /**
     * Recomputes the chain and checks it against a head exported earlier: its signature, that the chain still
     * reaches it, and that the entry there is the one signed.
     *
     * @param user who asks (needs {@link Permission#VERIFY_AUDIT})
     * @param lastExported the last head exported (read back with {@link SignedAuditHead#parse(String)})
     * @return intact, or the first broken sequence number (for a cut tail, the first missing one)
     * @throws org.dvpp.domain.InvalidInputException if the head is another agency's or its signature does not
     *     verify (field {@code head})
     * @throws org.dvpp.storage.spi.StorageConfigurationException if no audit signing key is configured
     */
    AuditVerification verify(ActingUser user, SignedAuditHead lastExported);

    /**
     * Signs the chain's current head with the audit signing key from the key provider
     * ({@link org.dvpp.storage.spi.KeyProvider#auditSigningKeyset()}), after verifying the chain. The export itself
     * is audited (as the entry after the head it signs).
     *
     * @param user who asks (needs {@link Permission#VERIFY_AUDIT})
     * @return the signed head
     * @throws org.dvpp.storage.spi.AuditChainBrokenException if the chain is broken (it is never signed then)
     * @throws org.dvpp.storage.spi.StorageConfigurationException if no audit signing key is configured
     */
    SignedAuditHead exportHead(ActingUser user);
}
