package org.dvpp.storage.spi;

import java.util.Optional;
import org.dvpp.domain.agency.Agency;

/**
 * The transaction's own agency record.
 *
 * @since 0.1
 */
public interface AgencyRepository {
    /**
     * @param agency the agency; its id must be the transaction's agency
     * @throws DuplicateRecordException if it exists
     */
    void insert(Agency agency);

    /** @return the transaction's agency, if stored */
    Optional<Agency> find();

    /**
     * @param agency the new state of the transaction's agency
     * @param expectedVersion the version read with {@link #findVersioned()}
     * @return the new version
     * @throws OptimisticLockException if it changed meanwhile
     */
    long update(Agency agency, long expectedVersion);

    /** @return the agency with its version */
    Optional<Versioned<Agency>> findVersioned();
}
