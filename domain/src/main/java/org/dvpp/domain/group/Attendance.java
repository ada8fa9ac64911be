package org.dvpp.domain.group;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.SessionId;

/**
 * One line of a session's register: a man's attendance and the time credited to him.
 *
 * @param agency the agency
 * @param session the session
 * @param caseId the man's case
 * @param status present, late, excused or unexcused
 * @param credited the time credited towards completion: zero for an absence, at most the session's length
 */
@org.dvpp.domain.Classified
public record Attendance(
        @NotNull AgencyId agency,
        @NotNull SessionId session,
        @NotNull CaseId caseId,
        @NotNull AttendanceStatus status,
        @NotNull Duration credited) {

    /** Checks every part: an absence credits nothing, an attendance credits a positive time. */
    public Attendance {
        Checks.required(agency, "agency");
        Checks.required(session, "session");
        Checks.required(caseId, "caseId");
        Checks.required(status, "status");
        Checks.required(credited, "credited");
        if (credited.isNegative()) {
            throw new InvalidInputException("credited", "not-negative", "credited time cannot be negative");
        }
        if (!status.attended() && !credited.isZero()) {
            throw new InvalidInputException("credited", "zero-when-absent", "an absence credits no time");
        }
        if (status.attended() && credited.isZero()) {
            throw new InvalidInputException("credited", "positive-when-attended", "an attendance credits some time");
        }
    }

    /**
     * Checks this line against the session it belongs to.
     *
     * @param sessionLength the session's length
     * @throws InvalidInputException when more time is credited than the session ran
     */
    public void requireWithin(Duration sessionLength) {
        if (credited.compareTo(sessionLength) > 0) {
            throw new InvalidInputException("credited", "at-most-session-length",
                    "credited time cannot exceed the session's length of " + sessionLength.toMinutes() + " minutes");
        }
    }
}
