package org.dvpp.domain;

import java.util.UUID;

/**
 * The id of a legal or safeguarding hold on a subject's records.
 *
 * @param value the UUID
 */
@org.dvpp.domain.Classified
public record DataHoldId(UUID value) implements Identifier {
    /** Refuses a null UUID. */
    public DataHoldId {
        Checks.required(value, "dataHoldId");
    }

    /** @return a new, unique id */
    public static DataHoldId random() {
        return new DataHoldId(Uuids.v7());
    }

    /**
     * @param text a UUID in its usual text form
     * @return the id
     */
    public static DataHoldId parse(String text) {
        return new DataHoldId(Uuids.parse(text, "DataHoldId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
