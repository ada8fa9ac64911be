package org.dvpp.storage.spi;

import java.time.Duration;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.Classified;

/**
 * A case's attendance totals.
 *
 * @param caseId the case
 * @param present group sessions attended on time
 * @param late group sessions attended late
 * @param excused excused absences
 * @param unexcused unexcused absences
 * @param groupTime time credited at group sessions
 * @param oneToOnesAttended one-to-ones attended
 * @param oneToOneTime time credited at one-to-ones
 * @since 0.1
 */
@Classified
public record CaseAttendance(CaseId caseId, long present, long late, long excused, long unexcused,
        Duration groupTime, long oneToOnesAttended, Duration oneToOneTime) {
    /** Checks the input. */
    public CaseAttendance {
        Checks.required(caseId, "caseId");
        Checks.required(groupTime, "groupTime");
        Checks.required(oneToOneTime, "oneToOneTime");
    }

    /** @return total contact time */
    public Duration totalTime() {
        return groupTime.plus(oneToOneTime);
    }
}
