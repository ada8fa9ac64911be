package org.dvpp.domain.safety;

import java.time.Instant;
import java.util.Optional;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.AgreementId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.CaseShareId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.SharingEntryId;
import org.dvpp.domain.UserId;

/**
 * A man's case shared by the organisation that holds it with another organisation, under an information-sharing
 * agreement. The receiving organisation may read the case (what the agreement's data classes allow) and receives the
 * case's events while the agreement is in force and the share has not ended. Only ids and times are kept here; what was
 * shared and why are in the holder's information-sharing register entry.
 *
 * @param id its id
 * @param agency the organisation that holds the case
 * @param agreement the agreement it is shared under
 * @param recipient the organisation it is shared with
 * @param caseId the case
 * @param registerEntry the information-sharing register entry that records it
 * @param sharedAt when
 * @param sharedBy who shared it
 * @param endedAt when the holder stopped sharing it, if it has
 */
@org.dvpp.domain.Classified
public record CaseShare(CaseShareId id, AgencyId agency, AgreementId agreement, AgencyId recipient, CaseId caseId,
        SharingEntryId registerEntry, Instant sharedAt, UserId sharedBy, Optional<Instant> endedAt) {
    /** Checks every part. */
    public CaseShare {
        Checks.required(id, "id");
        Checks.required(agency, "agency");
        Checks.required(agreement, "agreement");
        Checks.required(recipient, "recipient");
        Checks.required(caseId, "caseId");
        Checks.required(registerEntry, "registerEntry");
        Checks.required(sharedAt, "sharedAt");
        Checks.required(sharedBy, "sharedBy");
        Checks.required(endedAt, "endedAt");
        if (recipient.equals(agency)) {
            throw new org.dvpp.domain.InvalidInputException("recipient", "another-organisation",
                    "a case is shared with another organisation than the one holding it");
        }
    }

    /** @return whether the holder still shares it */
    public boolean live() {
        return endedAt.isEmpty();
    }
}
