package org.dvpp.domain;

import java.util.UUID;

/**
 * The id of a agency.
 *
 * @param value the UUID
 */
@org.dvpp.domain.Classified
public record AgencyId(UUID value) implements Identifier {
    /** Refuses a null UUID. */
    public AgencyId {
        Checks.required(value, "agencyId");
    }

    /** @return a new, unique id */
    public static AgencyId random() {
        return new AgencyId(Uuids.v7());
    }

    /**
     * @param text a UUID in its usual text form
     * @return the id
     */
    public static AgencyId parse(String text) {
        return new AgencyId(Uuids.parse(text, "AgencyId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
