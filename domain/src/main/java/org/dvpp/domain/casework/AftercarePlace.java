package org.dvpp.domain.casework;

import java.time.LocalDate;
import java.util.Optional;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.RecordId;
import org.dvpp.domain.UserId;

/**
 * An aftercare place given to a man who has completed: a place in an aftercare group, or aftercare one-to-ones, from a
 * start date until it ends. Aftercare never decides or changes his completion.
 *
 * @param id the place's id
 * @param agency the agency
 * @param caseId his case
 * @param mode group or one-to-ones
 * @param group the aftercare group, for a group place (empty for one-to-ones)
 * @param startedOn the first day it runs
 * @param plannedEnd when it is planned to end, if agreed
 * @param endedOn the day it ended, once it has
 * @param endReason why it ended, once it has
 * @param offeredBy who gave it
 */
@org.dvpp.domain.Classified
public record AftercarePlace(RecordId id, AgencyId agency, CaseId caseId, AftercareMode mode, Optional<GroupId> group,
        LocalDate startedOn, Optional<LocalDate> plannedEnd, Optional<LocalDate> endedOn,
        Optional<AftercareEnd> endReason, UserId offeredBy) {
    /** Checks every part: a group place names its group and one-to-ones none; an end has a date and a reason. */
    public AftercarePlace {
        Checks.required(id, "id");
        Checks.required(agency, "agency");
        Checks.required(caseId, "caseId");
        Checks.required(mode, "mode");
        Checks.required(group, "group");
        Checks.required(startedOn, "startedOn");
        Checks.required(plannedEnd, "plannedEnd");
        Checks.required(endedOn, "endedOn");
        Checks.required(endReason, "endReason");
        Checks.required(offeredBy, "offeredBy");
        if ((mode == AftercareMode.GROUP) != group.isPresent()) {
            throw new InvalidInputException("group", "matches-mode", "a group place names its aftercare group; "
                    + "aftercare one-to-ones name none");
        }
        if (endedOn.isPresent() != endReason.isPresent()) {
            throw new InvalidInputException("endReason", "required", "an ended place has both an end date and a "
                    + "reason");
        }
        if (plannedEnd.isPresent() && plannedEnd.get().isBefore(startedOn)) {
            throw new InvalidInputException("plannedEnd", "not-before-start", "the planned end is before the start");
        }
        if (endedOn.isPresent() && endedOn.get().isBefore(startedOn)) {
            throw new InvalidInputException("endedOn", "not-before-start", "the end is before the start");
        }
    }

    /** @return whether it has ended */
    public boolean ended() {
        return endedOn.isPresent();
    }

    /**
     * @param day a day
     * @return whether the place runs on that day (from its start to its end, inclusive)
     */
    public boolean runsOn(LocalDate day) {
        return !day.isBefore(startedOn) && endedOn.map(e -> !day.isAfter(e)).orElse(true);
    }

    /**
     * @param on the day it ended
     * @param reason why
     * @return the place, ended
     */
    public AftercarePlace end(LocalDate on, AftercareEnd reason) {
        return new AftercarePlace(id, agency, caseId, mode, group, startedOn, plannedEnd, Optional.of(on),
                Optional.of(reason), offeredBy);
    }
}
