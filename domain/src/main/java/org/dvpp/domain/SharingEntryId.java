package org.dvpp.domain;

import java.util.UUID;

/**
 * The id of a information-sharing entry.
 *
 * @param value the UUID
 */
@org.dvpp.domain.Classified
public record SharingEntryId(UUID value) implements Identifier {
    /** Refuses a null UUID. */
    public SharingEntryId {
        Checks.required(value, "sharingEntryId");
    }

    /** @return a new, unique id */
    public static SharingEntryId random() {
        return new SharingEntryId(Uuids.v7());
    }

    /**
     * @param text a UUID in its usual text form
     * @return the id
     */
    public static SharingEntryId parse(String text) {
        return new SharingEntryId(Uuids.parse(text, "SharingEntryId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
