package org.dvpp.domain.group;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import org.dvpp.domain.Checks;
import org.dvpp.domain.InvalidInputException;

/**
 * When a group meets: a weekday, a start time, a session length and how many weeks between sessions.
 *
 * @param weekday the day of the week
 * @param startTime local start time
 * @param sessionLength how long each session runs (the seeds: 2 hours)
 * @param everyWeeks 1 for weekly, 2 for fortnightly
 */
@org.dvpp.domain.Classified
public record DeliveryPattern(
        @NotNull DayOfWeek weekday,
        @NotNull LocalTime startTime,
        @NotNull Duration sessionLength,
        @Min(1) @Max(4) int everyWeeks) {

    /** Checks every part: the session lasts between 30 minutes and 4 hours. */
    public DeliveryPattern {
        Checks.required(weekday, "weekday");
        Checks.required(startTime, "startTime");
        Checks.required(sessionLength, "sessionLength");
        if (sessionLength.compareTo(Duration.ofMinutes(30)) < 0 || sessionLength.compareTo(Duration.ofHours(4)) > 0) {
            throw new InvalidInputException("sessionLength", "range", "sessionLength must be between 30 minutes and 4 hours");
        }
        Checks.range(everyWeeks, "everyWeeks", 1, 4);
    }

    /**
     * @param weekday the day
     * @param startTime the start time
     * @return a weekly pattern of two-hour sessions, as in the seeds
     */
    public static DeliveryPattern weeklyTwoHours(DayOfWeek weekday, LocalTime startTime) {
        return new DeliveryPattern(weekday, startTime, Duration.ofHours(2), 1);
    }
}
