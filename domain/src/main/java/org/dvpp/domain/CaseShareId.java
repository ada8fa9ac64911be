package org.dvpp.domain;

import java.util.UUID;

/**
 * The id of a case shared with another organisation under an agreement.
 *
 * @param value the UUID
 */
@org.dvpp.domain.Classified
public record CaseShareId(UUID value) implements Identifier {
    /** Refuses a null UUID. */
    public CaseShareId {
        Checks.required(value, "caseShareId");
    }

    /** @return a new, unique id */
    public static CaseShareId random() {
        return new CaseShareId(Uuids.v7());
    }

    /**
     * @param text a UUID in its usual text form
     * @return the id
     */
    public static CaseShareId parse(String text) {
        return new CaseShareId(Uuids.parse(text, "CaseShareId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
