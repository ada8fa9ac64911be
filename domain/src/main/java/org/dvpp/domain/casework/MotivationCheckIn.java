package org.dvpp.domain.casework;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.CheckInId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.UserId;

/**
 * A motivation check-in on the 0 to 10 rulers used in Motivational Interviewing: how important change is to him, how
 * confident he is that he can change, and how ready he is. Monitored through the programme; a fall raises an alert.
 *
 * @param id the check-in's id
 * @param agency the agency
 * @param caseId the case
 * @param on when
 * @param importance 0 to 10
 * @param confidence 0 to 10
 * @param readiness 0 to 10
 * @param recordedBy who recorded it
 */
@org.dvpp.domain.Classified
public record MotivationCheckIn(
        @NotNull CheckInId id,
        @NotNull AgencyId agency,
        @NotNull CaseId caseId,
        @NotNull LocalDate on,
        @Min(0) @Max(10) int importance,
        @Min(0) @Max(10) int confidence,
        @Min(0) @Max(10) int readiness,
        @NotNull UserId recordedBy) {

    /** Checks every part. */
    public MotivationCheckIn {
        Checks.required(id, "id");
        Checks.required(agency, "agency");
        Checks.required(caseId, "caseId");
        Checks.required(on, "on");
        Checks.range(importance, "importance", 0, 10);
        Checks.range(confidence, "confidence", 0, 10);
        Checks.range(readiness, "readiness", 0, 10);
        Checks.required(recordedBy, "recordedBy");
    }
}
