package org.dvpp.domain.group;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.OneToOneId;
import org.dvpp.domain.UserId;

/**
 * A one-to-one session with a man. Attended one-to-one time counts towards completion hours; a catch-up session makes
 * up the curriculum sessions it covers.
 *
 * @param id the session's id
 * @param agency the agency
 * @param caseId the man's case
 * @param date when
 * @param duration how long it ran (or was planned to run)
 * @param kind its purpose
 * @param status whether he attended
 * @param catchUpSessions curriculum session numbers it makes up (only for {@link OneToOneKind#CATCH_UP})
 * @param worker the practitioner
 */
@org.dvpp.domain.Classified
public record OneToOneSession(
        @NotNull OneToOneId id,
        @NotNull AgencyId agency,
        @NotNull CaseId caseId,
        @NotNull LocalDate date,
        @NotNull Duration duration,
        @NotNull OneToOneKind kind,
        @NotNull AttendanceStatus status,
        @NotNull Set<Integer> catchUpSessions,
        @NotNull UserId worker) {

    /** Checks every part. */
    public OneToOneSession {
        Checks.required(id, "id");
        Checks.required(agency, "agency");
        Checks.required(caseId, "caseId");
        Checks.required(date, "date");
        Checks.required(duration, "duration");
        if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofHours(4)) > 0) {
            throw new InvalidInputException("duration", "range", "duration must be more than 0 and at most 4 hours");
        }
        Checks.required(kind, "kind");
        Checks.required(status, "status");
        catchUpSessions = Checks.set(catchUpSessions, "catchUpSessions");
        if (!catchUpSessions.isEmpty() && kind != OneToOneKind.CATCH_UP) {
            throw new InvalidInputException("catchUpSessions", "catch-up-only",
                    "only a catch-up session can make up group sessions");
        }
        for (int n : catchUpSessions) {
            Checks.range(n, "catchUpSessions", 1, 1_000);
        }
        Checks.required(worker, "worker");
    }

    /** @return the time credited: its duration if he attended, otherwise zero */
    public Duration credited() {
        return status.attended() ? duration : Duration.ZERO;
    }
}
