package org.dvpp.domain.safety;

import java.time.Instant;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.UserId;

/**
 * The revocation of an information-sharing agreement by one of its parties. Its reason is about the agreement (a
 * contract ended, a breach), never about a person: it is one line of plain text.
 *
 * @param agency the party that revoked it
 * @param by who revoked it
 * @param at when
 * @param reason why, in one line
 */
@org.dvpp.domain.Classified
public record AgreementRevocation(AgencyId agency, UserId by, Instant at, String reason) {
    /** Checks every part. */
    public AgreementRevocation {
        Checks.required(agency, "agency");
        Checks.required(by, "by");
        Checks.required(at, "at");
        Checks.text(reason, "reason", 500);
    }
}
