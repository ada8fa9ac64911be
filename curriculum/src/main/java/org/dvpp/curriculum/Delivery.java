package org.dvpp.curriculum;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import org.dvpp.domain.Classified;
import org.dvpp.domain.group.DeliveryPattern;

/**
 * How often the curriculum's group meets and how long a slot is booked for. The weekday and time belong to each group,
 * see {@link #toPattern(DayOfWeek, LocalTime)}.
 *
 * @param everyWeeks 1 for weekly, 2 for fortnightly (1 to 4)
 * @param sessionMinutes the length of the booked slot; no session may run longer (30 to 240)
 */
@Classified
public record Delivery(int everyWeeks, int sessionMinutes) {

    /** @return the slot's length */
    public Duration sessionLength() {
        return Duration.ofMinutes(sessionMinutes);
    }

    /**
     * @param weekday the group's day
     * @param startTime the group's start time
     * @return the domain's delivery pattern for a group following this curriculum
     */
    public DeliveryPattern toPattern(DayOfWeek weekday, LocalTime startTime) {
        return new DeliveryPattern(weekday, startTime, sessionLength(), everyWeeks);
    }
}
