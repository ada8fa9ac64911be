package org.dvpp.domain;

import java.util.UUID;

/**
 * The id of a outcome measure.
 *
 * @param value the UUID
 */
@org.dvpp.domain.Classified
public record OutcomeMeasureId(UUID value) implements Identifier {
    /** Refuses a null UUID. */
    public OutcomeMeasureId {
        Checks.required(value, "outcomeMeasureId");
    }

    /** @return a new, unique id */
    public static OutcomeMeasureId random() {
        return new OutcomeMeasureId(Uuids.v7());
    }

    /**
     * @param text a UUID in its usual text form
     * @return the id
     */
    public static OutcomeMeasureId parse(String text) {
        return new OutcomeMeasureId(Uuids.parse(text, "OutcomeMeasureId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
