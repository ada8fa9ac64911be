package org.dvpp.domain;

import java.util.UUID;

/**
 * The id of a notification on partner support's task list.
 *
 * @param value the UUID
 */
@org.dvpp.domain.Classified
public record SupportNotificationId(UUID value) implements Identifier {
    /** Refuses a null UUID. */
    public SupportNotificationId {
        Checks.required(value, "supportNotificationId");
    }

    /** @return a new, unique id */
    public static SupportNotificationId random() {
        return new SupportNotificationId(Uuids.v7());
    }

    /**
     * @param text a UUID in its usual text form
     * @return the id
     */
    public static SupportNotificationId parse(String text) {
        return new SupportNotificationId(Uuids.parse(text, "SupportNotificationId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
