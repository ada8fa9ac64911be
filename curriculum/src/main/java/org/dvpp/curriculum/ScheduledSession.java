package org.dvpp.curriculum;

import java.time.Duration;
import java.time.LocalDateTime;
import org.dvpp.domain.Classified;

/**
 * One dated meeting in a schedule.
 *
 * @param sequence the n-th meeting of the group, from 1
 * @param curriculumSession the curriculum session it delivers
 * @param start local date and time it starts
 * @param duration how long it runs
 */
@Classified
public record ScheduledSession(int sequence, int curriculumSession, LocalDateTime start, Duration duration) {
}
