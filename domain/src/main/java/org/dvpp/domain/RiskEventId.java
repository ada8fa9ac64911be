package org.dvpp.domain;

import java.util.UUID;

/**
 * The id of a risk event.
 *
 * @param value the UUID
 */
@org.dvpp.domain.Classified
public record RiskEventId(UUID value) implements Identifier {
    /** Refuses a null UUID. */
    public RiskEventId {
        Checks.required(value, "riskEventId");
    }

    /** @return a new, unique id */
    public static RiskEventId random() {
        return new RiskEventId(Uuids.v7());
    }

    /**
     * @param text a UUID in its usual text form
     * @return the id
     */
    public static RiskEventId parse(String text) {
        return new RiskEventId(Uuids.parse(text, "RiskEventId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
