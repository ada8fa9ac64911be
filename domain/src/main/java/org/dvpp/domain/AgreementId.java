package org.dvpp.domain;

import java.util.UUID;

/**
 * The id of an information-sharing agreement.
 *
 * @param value the UUID
 */
@org.dvpp.domain.Classified
public record AgreementId(UUID value) implements Identifier {
    /** Refuses a null UUID. */
    public AgreementId {
        Checks.required(value, "agreementId");
    }

    /** @return a new, unique id */
    public static AgreementId random() {
        return new AgreementId(Uuids.v7());
    }

    /**
     * @param text a UUID in its usual text form
     * @return the id
     */
    public static AgreementId parse(String text) {
        return new AgreementId(Uuids.parse(text, "AgreementId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
