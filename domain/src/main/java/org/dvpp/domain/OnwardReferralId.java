package org.dvpp.domain;

import java.util.UUID;

/**
 * The id of a onward referral.
 *
 * @param value the UUID
 */
@org.dvpp.domain.Classified
public record OnwardReferralId(UUID value) implements Identifier {
    /** Refuses a null UUID. */
    public OnwardReferralId {
        Checks.required(value, "onwardReferralId");
    }

    /** @return a new, unique id */
    public static OnwardReferralId random() {
        return new OnwardReferralId(Uuids.v7());
    }

    /**
     * @param text a UUID in its usual text form
     * @return the id
     */
    public static OnwardReferralId parse(String text) {
        return new OnwardReferralId(Uuids.parse(text, "OnwardReferralId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
