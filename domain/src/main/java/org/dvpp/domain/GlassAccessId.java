package org.dvpp.domain;

import java.util.UUID;

/**
 * The id of a break-the-glass access.
 *
 * @param value the UUID
 */
@org.dvpp.domain.Classified
public record GlassAccessId(UUID value) implements Identifier {
    /** Refuses a null UUID. */
    public GlassAccessId {
        Checks.required(value, "glassAccessId");
    }

    /** @return a new, unique id */
    public static GlassAccessId random() {
        return new GlassAccessId(Uuids.v7());
    }

    /**
     * @param text a UUID in its usual text form
     * @return the id
     */
    public static GlassAccessId parse(String text) {
        return new GlassAccessId(Uuids.parse(text, "GlassAccessId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
