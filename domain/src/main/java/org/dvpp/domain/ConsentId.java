package org.dvpp.domain;

import java.util.UUID;

/**
 * The id of a consent.
 *
 * @param value the UUID
 */
@org.dvpp.domain.Classified
public record ConsentId(UUID value) implements Identifier {
    /** Refuses a null UUID. */
    public ConsentId {
        Checks.required(value, "consentId");
    }

    /** @return a new, unique id */
    public static ConsentId random() {
        return new ConsentId(Uuids.v7());
    }

    /**
     * @param text a UUID in its usual text form
     * @return the id
     */
    public static ConsentId parse(String text) {
        return new ConsentId(Uuids.parse(text, "ConsentId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
