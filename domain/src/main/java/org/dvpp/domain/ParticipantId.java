package org.dvpp.domain;

import java.util.UUID;

/**
 * The id of a participant.
 *
 * @param value the UUID
 */
@org.dvpp.domain.Classified
public record ParticipantId(UUID value) implements Identifier {
    /** Refuses a null UUID. */
    public ParticipantId {
        Checks.required(value, "participantId");
    }

    /** @return a new, unique id */
    public static ParticipantId random() {
        return new ParticipantId(Uuids.v7());
    }

    /**
     * @param text a UUID in its usual text form
     * @return the id
     */
    public static ParticipantId parse(String text) {
        return new ParticipantId(Uuids.parse(text, "ParticipantId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
