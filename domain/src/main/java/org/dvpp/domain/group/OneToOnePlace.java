package org.dvpp.domain.group;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;

/**
 * A man's place on a curriculum's one-to-one-only pathway: the programme delivered in one-to-ones, without a group.
 *
 * @param agency the agency
 * @param caseId his case
 * @param curriculumId the curriculum delivered
 * @param startedOn the day the pathway started; one-to-ones are due from it at the pathway's cadence
 * @param status whether he is still on it
 */
@org.dvpp.domain.Classified
public record OneToOnePlace(
        @NotNull AgencyId agency,
        @NotNull CaseId caseId,
        @NotBlank @Size(max = 80) String curriculumId,
        @NotNull LocalDate startedOn,
        @NotNull AllocationStatus status) {

    /** Checks every part. */
    public OneToOnePlace {
        Checks.required(agency, "agency");
        Checks.required(caseId, "caseId");
        Checks.text(curriculumId, "curriculumId", 80);
        Checks.required(startedOn, "startedOn");
        Checks.required(status, "status");
    }
}
