package org.dvpp.curriculum;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.dvpp.domain.Checks;
import org.dvpp.domain.Classified;

/**
 * When a group starts and meets.
 *
 * @param start the earliest date of the first meeting; the first meeting is the first {@code weekday} on or after it
 *     that is not a holiday
 * @param weekday the day the group meets
 * @param time the local time it starts
 */
@Classified
public record ScheduleRequest(LocalDate start, DayOfWeek weekday, LocalTime time) {
    /** Checks every part. */
    public ScheduleRequest {
        Checks.required(start, "start");
        Checks.required(weekday, "weekday");
        Checks.required(time, "time");
    }
}
