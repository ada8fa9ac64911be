package org.dvpp.storage.spi;

import org.dvpp.domain.AgencyId;

/**
 * Open storage: units of work scoped to one agency, the outbox dispatcher, bulk import, audit verification and key
 * rotation. Thread-safe; close it when the application stops (it does not close the host's data source).
 *
 * <p>Write transactions are retried, with a bound, when the database reports a serialization failure or deadlock
 * (SQLSTATE 40001/40P01), so the work passed in may run more than once: it must not have effects outside the
 * transaction.
 *
 * @since 0.1
 */
public interface Storage extends AutoCloseable {

    /** @return the provider's id */
    String providerId();

    /**
     * Runs work in one read-write transaction for one agency: all of it commits or none of it.
     *
     * @param agency the agency every record read or written must belong to
     * @param work the work; may run more than once on serialization failure
     * @param <T> the result type
     * @return the work's result
     * @throws TransactionRetriesExhaustedException when conflicts persist beyond the bound
     */
    <T> T inTransaction(AgencyId agency, TransactionWork<T> work);

    /**
     * Runs work in one read-only transaction for one agency.
     *
     * @param agency the agency
     * @param work the work
     * @param <T> the result type
     * @return the work's result
     */
    <T> T readOnly(AgencyId agency, TransactionWork<T> work);

    /** @return the port an event dispatcher uses to claim, acknowledge and retry outbox messages */
    OutboxDispatch outboxDispatch();

    /**
     * @param agency the agency whose history is imported
     * @return a bulk importer for that agency
     */
    BulkImport bulkImport(AgencyId agency);

    /**
     * Re-reads the keyset from the {@link KeyProvider} and re-encrypts every encrypted field of the agency with the
     * current primary key, in batches, each batch in its own transaction. Run after adding a new primary key; once it
     * has run for every agency, the old key may be disabled.
     *
     * @param agency the agency
     * @return how many encrypted values were rewritten
     */
    long reencrypt(AgencyId agency);

    /**
     * Reads the keys from the {@link KeyProvider} again (data keyset and audit signing keyset), with the configured
     * timeout, and uses them from the next operation on: a rotated or re-wrapped keyset is picked up without a restart.
     * If the provider fails or does not answer in time the keys in use stay in use and a
     * {@link StorageConfigurationException} says so.
     *
     * @throws StorageConfigurationException if the keys could not be read (the old ones stay in use)
     * @since 0.3
     */
    default void refreshKeys() {
        throw new StorageConfigurationException("This storage cannot refresh its keys without a restart");
    }

    /** Releases resources held by storage; does not close the host's data source. */
    @Override
    void close();
}
