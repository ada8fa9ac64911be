package org.dvpp.domain.group;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.GroupId;

/**
 * A man's place in a group. In a rolling group he enters at a module start ({@link #entrySession()}) and follows his
 * own sequence from there, wrapping round.
 *
 * @param agency the agency
 * @param group the group
 * @param caseId the man's case
 * @param allocatedOn when he was given the place
 * @param entrySession the curriculum session he starts at (1 in a closed group)
 * @param status whether he still holds it
 */
@org.dvpp.domain.Classified
public record Allocation(
        @NotNull AgencyId agency,
        @NotNull GroupId group,
        @NotNull CaseId caseId,
        @NotNull LocalDate allocatedOn,
        @Min(1) int entrySession,
        @NotNull AllocationStatus status) {

    /** Checks every part. */
    public Allocation {
        Checks.required(agency, "agency");
        Checks.required(group, "group");
        Checks.required(caseId, "caseId");
        Checks.required(allocatedOn, "allocatedOn");
        Checks.range(entrySession, "entrySession", 1, 1_000);
        Checks.required(status, "status");
    }
}
