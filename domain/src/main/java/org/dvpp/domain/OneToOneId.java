package org.dvpp.domain;

import java.util.UUID;

/**
 * The id of a one-to-one session.
 *
 * @param value the UUID
 */
@org.dvpp.domain.Classified
public record OneToOneId(UUID value) implements Identifier {
    /** Refuses a null UUID. */
    public OneToOneId {
        Checks.required(value, "oneToOneId");
    }

    /** @return a new, unique id */
    public static OneToOneId random() {
        return new OneToOneId(Uuids.v7());
    }

    /**
     * @param text a UUID in its usual text form
     * @return the id
     */
    public static OneToOneId parse(String text) {
        return new OneToOneId(Uuids.parse(text, "OneToOneId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
