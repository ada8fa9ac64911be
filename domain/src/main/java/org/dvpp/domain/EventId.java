package org.dvpp.domain;

import java.util.UUID;

/**
 * The id of a domain event.
 *
 * @param value the UUID
 */
@org.dvpp.domain.Classified
public record EventId(UUID value) implements Identifier {
    /** Refuses a null UUID. */
    public EventId {
        Checks.required(value, "eventId");
    }

    /** @return a new, unique id */
    public static EventId random() {
        return new EventId(Uuids.v7());
    }

    /**
     * @param text a UUID in its usual text form
     * @return the id
     */
    public static EventId parse(String text) {
        return new EventId(Uuids.parse(text, "EventId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
