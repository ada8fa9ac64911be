package org.dvpp.domain.casework;

import java.time.LocalDate;
import java.util.Optional;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.RecordId;
import org.dvpp.domain.SessionId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.group.AttendanceStatus;

/**
 * One aftercare contact: his line in an aftercare group meeting's register, or an aftercare one-to-one. Kept apart from
 * the programme's registers and one-to-ones, so it counts in no programme figure.
 *
 * @param id the record's id
 * @param agency the agency
 * @param caseId his case
 * @param place his aftercare place
 * @param on the day
 * @param session the aftercare group meeting, for a group line (empty for a one-to-one)
 * @param minutes the time he was there (0 when absent)
 * @param status present, late, or an excused or unexcused absence
 * @param recordedBy who recorded it
 */
@org.dvpp.domain.Classified
public record AftercareAttendance(RecordId id, AgencyId agency, CaseId caseId, RecordId place, LocalDate on,
        Optional<SessionId> session, int minutes, AttendanceStatus status, UserId recordedBy) {
    /** Checks every part. */
    public AftercareAttendance {
        Checks.required(id, "id");
        Checks.required(agency, "agency");
        Checks.required(caseId, "caseId");
        Checks.required(place, "place");
        Checks.required(on, "on");
        Checks.required(session, "session");
        Checks.range(minutes, "minutes", 0, 24 * 60);
        Checks.required(status, "status");
        Checks.required(recordedBy, "recordedBy");
    }
}
