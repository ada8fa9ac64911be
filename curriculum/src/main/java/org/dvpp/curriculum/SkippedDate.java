package org.dvpp.curriculum;

import java.time.LocalDate;
import org.dvpp.domain.Classified;

/**
 * A date on the group's weekly rhythm on which it did not meet.
 *
 * @param date the date
 * @param reason {@link #HOLIDAY} or {@link #CANCELLED}
 * @param detail the holiday's name, or the cancellation's reason code
 */
@Classified
public record SkippedDate(LocalDate date, String reason, String detail) {
    /** Reason code: a holiday in the calendar. */
    public static final String HOLIDAY = "holiday";
    /** Reason code: the meeting was called off. */
    public static final String CANCELLED = "cancelled";
}
