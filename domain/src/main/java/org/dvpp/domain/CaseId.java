package org.dvpp.domain;

import java.util.UUID;

/**
 * The id of a case.
 *
 * @param value the UUID
 */
@org.dvpp.domain.Classified
public record CaseId(UUID value) implements Identifier {
    /** Refuses a null UUID. */
    public CaseId {
        Checks.required(value, "caseId");
    }

    /** @return a new, unique id */
    public static CaseId random() {
        return new CaseId(Uuids.v7());
    }

    /**
     * @param text a UUID in its usual text form
     * @return the id
     */
    public static CaseId parse(String text) {
        return new CaseId(Uuids.parse(text, "CaseId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
