package org.dvpp.domain;

import java.util.UUID;

/**
 * The id of a group.
 *
 * @param value the UUID
 */
@org.dvpp.domain.Classified
public record GroupId(UUID value) implements Identifier {
    /** Refuses a null UUID. */
    public GroupId {
        Checks.required(value, "groupId");
    }

    /** @return a new, unique id */
    public static GroupId random() {
        return new GroupId(Uuids.v7());
    }

    /**
     * @param text a UUID in its usual text form
     * @return the id
     */
    public static GroupId parse(String text) {
        return new GroupId(Uuids.parse(text, "GroupId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
