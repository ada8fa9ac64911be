package org.dvpp.domain;

import java.util.UUID;

/**
 * The id of a user.
 *
 * @param value the UUID
 */
@org.dvpp.domain.Classified
public record UserId(UUID value) implements Identifier {
    /** Refuses a null UUID. */
    public UserId {
        Checks.required(value, "userId");
    }

    /** @return a new, unique id */
    public static UserId random() {
        return new UserId(Uuids.v7());
    }

    /**
     * @param text a UUID in its usual text form
     * @return the id
     */
    public static UserId parse(String text) {
        return new UserId(Uuids.parse(text, "UserId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
