package org.dvpp.storage.spi;

import java.time.Duration;
import java.util.List;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.EventId;

/**
 * What an event dispatcher uses, across agencies: claim due messages for a while (a lease), then acknowledge each or
 * report its failure with a back-off. Only the oldest undelivered message of a stream can be claimed, so a stream is
 * delivered in order; a claim whose lease ran out can be claimed again (at-least-once delivery).
 *
 * @since 0.1
 */
public interface OutboxDispatch {
    /**
     * @param worker the dispatcher's name
     * @param max at most this many (1..1000)
     * @param lease how long the claim holds
     * @return the claimed entries, oldest first
     */
    List<OutboxEntry> claim(String worker, int max, Duration lease);

    /**
     * @param agency the message's agency
     * @param id a claimed message
     * @return whether it was pending and is now delivered
     */
    boolean acknowledge(AgencyId agency, EventId id);

    /**
     * @param agency the message's agency
     * @param id a claimed message
     * @param error what went wrong (no sensitive data)
     * @param retryAfter the back-off before the next attempt
     * @return whether it was pending
     */
    boolean fail(AgencyId agency, EventId id, String error, Duration retryAfter);
}
