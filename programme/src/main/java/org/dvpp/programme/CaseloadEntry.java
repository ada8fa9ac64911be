package org.dvpp.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.dvpp.domain.Checks;
import org.dvpp.domain.safety.PersonAtRisk;

/**
 * One person at risk on a partner-support worker's caseload.
 *
 * @param person the person at risk, with her contact details
 * @param openNotifications how many notifications about the man's case wait for acknowledgement
 * @param lastContact when she was last reached (not merely tried), if ever
 * @param safetyPlanReview when the safety plan in force is to be reviewed, if she has one
 */
@org.dvpp.domain.Classified
public record CaseloadEntry(PersonAtRisk person, int openNotifications, Optional<Instant> lastContact,
        Optional<LocalDate> safetyPlanReview) {
    /** Checks every part. */
    public CaseloadEntry {
        Checks.required(person, "person");
        Checks.range(openNotifications, "openNotifications", 0, Integer.MAX_VALUE);
        Checks.required(lastContact, "lastContact");
        Checks.required(safetyPlanReview, "safetyPlanReview");
    }

    @Override
    public String toString() {
        return "CaseloadEntry[person=" + person.id() + ", openNotifications=" + openNotifications + "]";
    }
}
