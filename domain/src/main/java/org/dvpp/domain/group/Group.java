package org.dvpp.domain.group;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.UserId;

/**
 * A programme group: up to {@link #capacity()} men (12 by default) and its facilitators (2 by default), meeting on a
 * delivery pattern and following one curriculum. The storage layer guarantees that allocations never exceed capacity,
 * even under concurrent calls.
 *
 * @param id the group's id
 * @param agency the agency
 * @param name a name staff recognise, such as {@code Merton Tuesday evening}
 * @param curriculumId the id of the curriculum it follows
 * @param type closed cohort or rolling
 * @param capacity the most men it may hold
 * @param facilitators the facilitators' user ids
 * @param pattern when it meets
 * @param startDate the date of its first session
 * @param areaCode the area it meets in
 * @param status where it stands
 * @param version the optimistic-locking version, 0 before first save
 */
@org.dvpp.domain.Classified
public record Group(
        @NotNull GroupId id,
        @NotNull AgencyId agency,
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Size(max = 80) String curriculumId,
        @NotNull GroupType type,
        @Min(1) @Max(MAX_CAPACITY) int capacity,
        @NotNull @Size(min = 1, max = 4) List<UserId> facilitators,
        @NotNull @Valid DeliveryPattern pattern,
        @NotNull LocalDate startDate,
        @NotBlank @Size(max = 40) String areaCode,
        @NotNull GroupStatus status,
        long version) {

    /** The usual capacity of a group (12 men, as in the seeds and the practice standard). */
    public static final int DEFAULT_CAPACITY = 12;
    /** The largest capacity the SDK accepts. */
    public static final int MAX_CAPACITY = 24;

    /** Checks every part. */
    public Group {
        Checks.required(id, "id");
        Checks.required(agency, "agency");
        Checks.text(name, "name", 120);
        Checks.text(curriculumId, "curriculumId", 80);
        Checks.required(type, "type");
        Checks.range(capacity, "capacity", 1, MAX_CAPACITY);
        facilitators = Checks.list(facilitators, "facilitators");
        if (facilitators.isEmpty() || facilitators.size() > 4) {
            throw new InvalidInputException("facilitators", "range", "a group needs between 1 and 4 facilitators");
        }
        if (facilitators.stream().distinct().count() != facilitators.size()) {
            throw new InvalidInputException("facilitators", "unique", "a facilitator is listed twice");
        }
        Checks.required(pattern, "pattern");
        Checks.required(startDate, "startDate");
        if (startDate.getDayOfWeek() != pattern.weekday()) {
            throw new InvalidInputException("startDate", "matches-weekday",
                    "startDate must fall on the pattern's weekday (" + pattern.weekday() + ")");
        }
        Checks.text(areaCode, "areaCode", 40);
        Checks.required(status, "status");
    }

    /**
     * @param newStatus the new status
     * @return a copy with that status
     */
    public Group withStatus(GroupStatus newStatus) {
        return new Group(id, agency, name, curriculumId, type, capacity, facilitators, pattern, startDate, areaCode,
                newStatus, version);
    }
}
