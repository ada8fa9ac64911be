package org.dvpp.domain.group;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.GroupId;

/**
 * A man waiting for a place in a full group. Places are offered in the order men joined the list.
 *
 * @param agency the agency
 * @param group the group
 * @param caseId the man's case
 * @param since when he joined the list
 */
@org.dvpp.domain.Classified
public record WaitingListEntry(@NotNull AgencyId agency, @NotNull GroupId group, @NotNull CaseId caseId,
        @NotNull Instant since) {
    /** Checks every part. */
    public WaitingListEntry {
        Checks.required(agency, "agency");
        Checks.required(group, "group");
        Checks.required(caseId, "caseId");
        Checks.required(since, "since");
    }
}
