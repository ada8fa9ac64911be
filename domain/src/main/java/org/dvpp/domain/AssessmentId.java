package org.dvpp.domain;

import java.util.UUID;

/**
 * The id of a assessment.
 *
 * @param value the UUID
 */
@org.dvpp.domain.Classified
public record AssessmentId(UUID value) implements Identifier {
    /** Refuses a null UUID. */
    public AssessmentId {
        Checks.required(value, "assessmentId");
    }

    /** @return a new, unique id */
    public static AssessmentId random() {
        return new AssessmentId(Uuids.v7());
    }

    /**
     * @param text a UUID in its usual text form
     * @return the id
     */
    public static AssessmentId parse(String text) {
        return new AssessmentId(Uuids.parse(text, "AssessmentId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
