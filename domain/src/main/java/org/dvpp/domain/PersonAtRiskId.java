package org.dvpp.domain;

import java.util.UUID;

/**
 * The id of a person at risk.
 *
 * @param value the UUID
 */
@org.dvpp.domain.Classified
public record PersonAtRiskId(UUID value) implements Identifier {
    /** Refuses a null UUID. */
    public PersonAtRiskId {
        Checks.required(value, "personAtRiskId");
    }

    /** @return a new, unique id */
    public static PersonAtRiskId random() {
        return new PersonAtRiskId(Uuids.v7());
    }

    /**
     * @param text a UUID in its usual text form
     * @return the id
     */
    public static PersonAtRiskId parse(String text) {
        return new PersonAtRiskId(Uuids.parse(text, "PersonAtRiskId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
