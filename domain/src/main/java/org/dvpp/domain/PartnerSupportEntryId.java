package org.dvpp.domain;

import java.util.UUID;

/**
 * The id of a partner-support casework entry (a contact, an account, a safety plan, a signposting).
 *
 * @param value the UUID
 */
@org.dvpp.domain.Classified
public record PartnerSupportEntryId(UUID value) implements Identifier {
    /** Refuses a null UUID. */
    public PartnerSupportEntryId {
        Checks.required(value, "partnerSupportEntryId");
    }

    /** @return a new, unique id */
    public static PartnerSupportEntryId random() {
        return new PartnerSupportEntryId(Uuids.v7());
    }

    /**
     * @param text a UUID in its usual text form
     * @return the id
     */
    public static PartnerSupportEntryId parse(String text) {
        return new PartnerSupportEntryId(Uuids.parse(text, "PartnerSupportEntryId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
