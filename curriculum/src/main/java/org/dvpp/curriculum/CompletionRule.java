package org.dvpp.curriculum;

import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.dvpp.domain.Classified;

/**
 * When a man has completed the programme, and when his engagement needs attention. Completion is decided by the SDK
 * from attendance, never by hand.
 *
 * <p>A man completes when every one of these holds: he covered at least {@link #minSessions()} sessions (attended, or
 * missed and made up in a catch-up one-to-one); his intervention time (group time credited plus attended key-work and
 * catch-up one-to-ones) is at least {@link #minHours()}; and he covered every one of {@link #requiredSessions()}.
 * Unexcused absences do not block completion by themselves: above {@link #maxUnexcusedAbsences()} an exclusion review is
 * due, which is a decision for staff.
 *
 * @param minSessions the fewest sessions he must cover (0 for no such rule)
 * @param minHours the fewest hours of intervention, group and one-to-one together (0 for no such rule)
 * @param requiredSessions session numbers that must be attended or caught up
 * @param maxUnexcusedAbsences the most unexcused absences before an exclusion review is due
 * @param warnAfterConsecutiveUnexcused how many unexcused absences in a row raise a disengagement warning (at least 1)
 */
@Classified
public record CompletionRule(
        int minSessions,
        int minHours,
        Set<Integer> requiredSessions,
        int maxUnexcusedAbsences,
        int warnAfterConsecutiveUnexcused) {

    /** Copies the set, sorted. */
    public CompletionRule {
        requiredSessions = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(requiredSessions));
    }

    /** @return the minimum intervention time */
    public Duration minDuration() {
        return Duration.ofHours(minHours);
    }
}
