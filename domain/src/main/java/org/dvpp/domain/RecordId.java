package org.dvpp.domain;

import java.util.UUID;

/**
 * The id of a casework record kept as a document: a needs assessment, a support plan, a MARAC referral, a partner's account, an evaluation.
 *
 * @param value the UUID
 */
@org.dvpp.domain.Classified
public record RecordId(UUID value) implements Identifier {
    /** Refuses a null UUID. */
    public RecordId {
        Checks.required(value, "recordId");
    }

    /** @return a new, unique id */
    public static RecordId random() {
        return new RecordId(Uuids.v7());
    }

    /**
     * @param text a UUID in its usual text form
     * @return the id
     */
    public static RecordId parse(String text) {
        return new RecordId(Uuids.parse(text, "RecordId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
