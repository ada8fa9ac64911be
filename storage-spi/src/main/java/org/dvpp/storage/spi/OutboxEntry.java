package org.dvpp.storage.spi;

import java.time.Instant;
import java.util.Optional;
import org.dvpp.domain.Checks;
import org.dvpp.domain.Classified;

/**
 * An outbox message with its delivery state.
 *
 * @param message the message
 * @param streamSequence its position in its stream (1, 2, ...)
 * @param delivered whether a dispatcher acknowledged it
 * @param attempts failed delivery attempts so far
 * @param nextAttemptAt not to be claimed before this instant
 * @param lastError the last failure's description, if any
 * @since 0.1
 */
@Classified
public record OutboxEntry(OutboxMessage message, long streamSequence, boolean delivered, int attempts,
        Instant nextAttemptAt, Optional<String> lastError) {
    /** Checks the input. */
    public OutboxEntry {
        Checks.required(message, "message");
        Checks.required(nextAttemptAt, "nextAttemptAt");
        Checks.required(lastError, "lastError");
    }
}
