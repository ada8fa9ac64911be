package org.dvpp.storage.spi;

/**
 * A write transaction kept failing on serialization conflicts or deadlocks (SQLSTATE 40001/40P01) and the bounded
 * number of retries ran out. Nothing was committed; the caller may try again later.
 *
 * @since 0.1
 */
public final class TransactionRetriesExhaustedException extends StorageUnavailableException {
    private static final long serialVersionUID = 1L;

    /**
     * @param attempts how many attempts were made
     * @param cause the last conflict
     */
    public TransactionRetriesExhaustedException(int attempts, Throwable cause) {
        super("The transaction conflicted with concurrent ones " + attempts
                + " times (serialization failure or deadlock); nothing was committed, try again later", cause);
    }
}
