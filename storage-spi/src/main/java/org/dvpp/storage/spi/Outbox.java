package org.dvpp.storage.spi;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dvpp.domain.EventId;

/**
 * The transactional outbox: a message appended here exists if and only if the transaction commits. Messages of one
 * stream are numbered in append order and are claimed by a dispatcher in that order.
 *
 * @since 0.1
 */
public interface Outbox {
    /**
     * @param message the event to publish once the transaction commits
     * @return its sequence number in its stream
     */
    long append(OutboxMessage message);

    /**
     * @param id an event id
     * @return the entry, if in this agency
     */
    Optional<OutboxEntry> find(EventId id);

    /**
     * @param streamId a stream
     * @return its entries in order
     */
    List<OutboxEntry> listForStream(UUID streamId);
}
