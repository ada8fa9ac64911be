package org.dvpp.domain.group;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.LocalDateTime;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.SessionId;

/**
 * One dated meeting of a group, delivering one session of the curriculum.
 *
 * @param id the session's id
 * @param agency the agency
 * @param group the group
 * @param sequence the n-th meeting of this group, from 1
 * @param curriculumSession the number of the curriculum session delivered, from 1
 * @param scheduledStart local date and time it starts
 * @param duration how long it runs
 * @param status where it stands
 * @param registerTaken whether the register has been taken
 */
@org.dvpp.domain.Classified
public record GroupSession(
        @NotNull SessionId id,
        @NotNull AgencyId agency,
        @NotNull GroupId group,
        @Min(1) int sequence,
        @Min(1) int curriculumSession,
        @NotNull LocalDateTime scheduledStart,
        @NotNull Duration duration,
        @NotNull SessionStatus status,
        boolean registerTaken) {

    /** Checks every part; a register can be taken only for a delivered session. */
    public GroupSession {
        Checks.required(id, "id");
        Checks.required(agency, "agency");
        Checks.required(group, "group");
        Checks.range(sequence, "sequence", 1, 10_000);
        Checks.range(curriculumSession, "curriculumSession", 1, 1_000);
        Checks.required(scheduledStart, "scheduledStart");
        Checks.required(duration, "duration");
        if (duration.isNegative() || duration.isZero()) {
            throw new InvalidInputException("duration", "positive", "duration must be positive");
        }
        Checks.required(status, "status");
        if (registerTaken && status != SessionStatus.DELIVERED) {
            throw new InvalidInputException("registerTaken", "delivered-only",
                    "a register can only be taken for a delivered session");
        }
    }

    /** @return a copy marked delivered with its register taken */
    public GroupSession withRegisterTaken() {
        return new GroupSession(id, agency, group, sequence, curriculumSession, scheduledStart, duration,
                SessionStatus.DELIVERED, true);
    }
}
