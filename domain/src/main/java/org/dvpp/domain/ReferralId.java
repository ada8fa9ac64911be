package org.dvpp.domain;

import java.util.UUID;

/**
 * The id of a referral.
 *
 * @param value the UUID
 */
@org.dvpp.domain.Classified
public record ReferralId(UUID value) implements Identifier {
    /** Refuses a null UUID. */
    public ReferralId {
        Checks.required(value, "referralId");
    }

    /** @return a new, unique id */
    public static ReferralId random() {
        return new ReferralId(Uuids.v7());
    }

    /**
     * @param text a UUID in its usual text form
     * @return the id
     */
    public static ReferralId parse(String text) {
        return new ReferralId(Uuids.parse(text, "ReferralId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
