package org.dvpp.examples.relay;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.dvpp.domain.InvalidInputException;

/**
 * Remembers the ids of the last {@code capacity} messages handled, so that a consumer can drop a message it has already
 * handled. Memory is bounded: past the capacity the oldest id is forgotten (about 150 bytes an id, so the default of
 * 10,000 is about 1.5 MB).
 *
 * <p>What it does not do, by design of an example: it forgets on restart, and it forgets an id after {@code capacity}
 * newer ones. A duplicate arrives soon after the original in practice (the relay re-sends an event within the outbox's
 * backoff, at most ten minutes by default, and holds back the rest of that case until it does), so size the capacity
 * to more messages than the queue receives in that time. A consumer that must never handle a message twice even across
 * its own restarts records the ids in its own database, in the same transaction as the effect, with a unique key.
 * Thread-safe.
 */
public final class MessageIdDeduplicator {
    /** The capacity used when none is given. */
    public static final int DEFAULT_CAPACITY = 10_000;

    private final int capacity;
    private final LinkedHashMap<String, Boolean> seen;

    /**
     * @param capacity how many ids to remember, 1 to 10,000,000
     * @throws InvalidInputException naming {@code capacity} when out of range
     */
    public MessageIdDeduplicator(int capacity) {
        if (capacity < 1 || capacity > 10_000_000) {
            throw new InvalidInputException("capacity", "range",
                    "the de-duplication capacity must be between 1 and 10000000, was " + capacity);
        }
        this.capacity = capacity;
        this.seen = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > MessageIdDeduplicator.this.capacity;
            }
        };
    }

    /** @return a de-duplicator of {@value #DEFAULT_CAPACITY} ids */
    public static MessageIdDeduplicator withDefaultCapacity() {
        return new MessageIdDeduplicator(DEFAULT_CAPACITY);
    }

    /**
     * @param messageId a message id
     * @return whether it has been {@linkplain #remember remembered} and not yet forgotten
     */
    public synchronized boolean seen(String messageId) {
        return seen.containsKey(Objects.requireNonNull(messageId, "messageId"));
    }

    /**
     * Records a message as handled; call it once the handling succeeded, so that a failed one can come again.
     *
     * @param messageId a message id
     */
    public synchronized void remember(String messageId) {
        seen.put(Objects.requireNonNull(messageId, "messageId"), Boolean.TRUE);
    }

    /** @return how many ids it remembers now, at most the capacity */
    public synchronized int size() {
        return seen.size();
    }

    /** @return the most ids it remembers */
    public int capacity() {
        return capacity;
    }
}
