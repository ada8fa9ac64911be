package org.dvpp.storage.spi;

/**
 * Work done inside one transaction.
 *
 * @param <T> its result
 * @since 0.1
 */
@FunctionalInterface
public interface TransactionWork<T> {
    /**
     * @param tx the transaction
     * @return the result
     */
    T run(Transaction tx);
}
