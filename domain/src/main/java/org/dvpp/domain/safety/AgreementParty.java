package org.dvpp.domain.safety;

import java.time.Instant;
import java.util.Optional;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.UserId;

/**
 * One organisation that is party to an information-sharing agreement, and its signature.
 *
 * @param agency the organisation (an agency of the same deployment)
 * @param signedAt when its administrator signed, if it has
 * @param signedBy who signed, if it has
 */
@org.dvpp.domain.Classified
public record AgreementParty(AgencyId agency, Optional<Instant> signedAt, Optional<UserId> signedBy) {
    /** Checks every part. */
    public AgreementParty {
        Checks.required(agency, "agency");
        Checks.required(signedAt, "signedAt");
        Checks.required(signedBy, "signedBy");
        if (signedAt.isPresent() != signedBy.isPresent()) {
            throw new org.dvpp.domain.InvalidInputException("signedBy", "both-or-neither",
                    "a signature has both a time and a signer");
        }
    }

    /** @return whether it has signed */
    public boolean signed() {
        return signedAt.isPresent();
    }

    /**
     * @param agency the organisation
     * @return a party that has not signed yet
     */
    public static AgreementParty unsigned(AgencyId agency) {
        return new AgreementParty(agency, Optional.empty(), Optional.empty());
    }
}
