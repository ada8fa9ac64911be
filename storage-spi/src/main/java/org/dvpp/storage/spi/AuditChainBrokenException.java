package org.dvpp.storage.spi;

/**
 * The audit chain is broken, so its head is not signed: signing it would vouch for a chain that was changed.
 *
 * @since 0.3
 */
public final class AuditChainBrokenException extends StorageException {
    private static final long serialVersionUID = 1L;

    /** The first sequence number whose entry does not match. */
    private final long firstBrokenSequence;

    /** @param firstBrokenSequence the first sequence number whose entry does not match */
    public AuditChainBrokenException(long firstBrokenSequence) {
        super("The audit chain is broken at sequence number " + firstBrokenSequence + "; its head is not signed. "
                + "Investigate (restore the audit table from a backup) before exporting a head again");
        this.firstBrokenSequence = firstBrokenSequence;
    }

    /** @return the first sequence number whose entry does not match */
    public long firstBrokenSequence() {
        return firstBrokenSequence;
    }
}
