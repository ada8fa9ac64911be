package org.dvpp.examples.relay;

import org.dvpp.domain.DvppException;

/**
 * The broker did not take an event: the connection could not be opened or dropped, the broker refused (nack) or did not
 * confirm in time, no queue was bound for a partner-support notice, or the broker blocked publishing. Thrown from
 * {@link BrokerRelay#onEvent}, it makes the SDK's outbox deliver the same event (same id) again later; nothing is lost.
 * The message names the event's id and type, never its contents.
 */
public class PublishFailedException extends DvppException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed, naming the event's id and type */
    public PublishFailedException(String message) {
        super(message);
    }

    /**
     * @param message what failed, naming the event's id and type
     * @param cause the client's failure
     */
    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
