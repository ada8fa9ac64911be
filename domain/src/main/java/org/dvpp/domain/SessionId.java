package org.dvpp.domain;

import java.util.UUID;

/**
 * The id of a group session.
 *
 * @param value the UUID
 */
@org.dvpp.domain.Classified
public record SessionId(UUID value) implements Identifier {
    /** Refuses a null UUID. */
    public SessionId {
        Checks.required(value, "sessionId");
    }

    /** @return a new, unique id */
    public static SessionId random() {
        return new SessionId(Uuids.v7());
    }

    /**
     * @param text a UUID in its usual text form
     * @return the id
     */
    public static SessionId parse(String text) {
        return new SessionId(Uuids.parse(text, "SessionId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
