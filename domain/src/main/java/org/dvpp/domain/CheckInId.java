package org.dvpp.domain;

import java.util.UUID;

/**
 * The id of a motivation check-in.
 *
 * @param value the UUID
 */
@org.dvpp.domain.Classified
public record CheckInId(UUID value) implements Identifier {
    /** Refuses a null UUID. */
    public CheckInId {
        Checks.required(value, "checkInId");
    }

    /** @return a new, unique id */
    public static CheckInId random() {
        return new CheckInId(Uuids.v7());
    }

    /**
     * @param text a UUID in its usual text form
     * @return the id
     */
    public static CheckInId parse(String text) {
        return new CheckInId(Uuids.parse(text, "CheckInId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
