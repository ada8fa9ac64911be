package org.dvpp.curriculum;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dvpp.domain.Classified;

/**
 * When a man has completed the programme, and when his engagement needs attention. Completion is decided by the SDK
 * from attendance, never by hand.
 *
 * <p>A man completes when every one of these holds: he covered at least {@link #minSessions()} sessions (attended, or
 * missed and made up in a catch-up one-to-one); his intervention time (group time credited plus attended key-work and
 * catch-up one-to-ones) is at least {@link #minHours()}; he covered every one of {@link #requiredSessions()}; and,
 * when the curriculum declares them, the {@link #criteria()} (an all/any combination, such as "10 sessions or 30
 * hours") are met. A rule that declares criteria usually leaves the three fixed conditions at 0 and empty.
 * Unexcused absences do not block completion by themselves: above {@link #maxUnexcusedAbsences()} an exclusion review is
 * due, which is a decision for staff.
 *
 * @param minSessions the fewest sessions he must cover (0 for no such rule)
 * @param minHours the fewest hours of intervention, group and one-to-one together (0 for no such rule)
 * @param requiredSessions session numbers that must be attended or caught up
 * @param maxUnexcusedAbsences the most unexcused absences before an exclusion review is due
 * @param warnAfterConsecutiveUnexcused how many unexcused absences in a row raise a disengagement warning (at least 1)
 * @param criteria further conditions as an all/any combination; empty when the curriculum declares none
 */
@Classified
public record CompletionRule(
        int minSessions,
        int minHours,
        Set<Integer> requiredSessions,
        int maxUnexcusedAbsences,
        int warnAfterConsecutiveUnexcused,
        @JsonIgnore Optional<CompletionCriterion> criteria) {

    /** Copies the set, sorted. */
    public CompletionRule {
        requiredSessions = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(requiredSessions));
        Objects.requireNonNull(criteria, "criteria");
    }

    /**
     * A rule of the three fixed conditions only, all of which must hold (the format before criteria).
     *
     * @param minSessions the fewest sessions he must cover (0 for no such rule)
     * @param minHours the fewest hours of intervention (0 for no such rule)
     * @param requiredSessions session numbers that must be attended or caught up
     * @param maxUnexcusedAbsences the most unexcused absences before an exclusion review is due
     * @param warnAfterConsecutiveUnexcused how many unexcused absences in a row raise a disengagement warning
     */
    @JsonCreator
    public CompletionRule(@JsonProperty("minSessions") int minSessions, @JsonProperty("minHours") int minHours,
            @JsonProperty("requiredSessions") Set<Integer> requiredSessions,
            @JsonProperty("maxUnexcusedAbsences") int maxUnexcusedAbsences,
            @JsonProperty("warnAfterConsecutiveUnexcused") int warnAfterConsecutiveUnexcused) {
        this(minSessions, minHours, requiredSessions, maxUnexcusedAbsences, warnAfterConsecutiveUnexcused,
                Optional.empty());
    }

    /**
     * @param more the further conditions
     * @return a copy with those criteria
     */
    public CompletionRule withCriteria(CompletionCriterion more) {
        return new CompletionRule(minSessions, minHours, requiredSessions, maxUnexcusedAbsences,
                warnAfterConsecutiveUnexcused, Optional.of(more));
    }

    /**
     * The whole rule as one criterion: the fixed conditions that are set (non-zero, non-empty) and the criteria, all of
     * which must hold.
     *
     * @return the effective criterion
     */
    public CompletionCriterion effective() {
        List<CompletionCriterion> parts = new ArrayList<>();
        if (minSessions > 0) {
            parts.add(new CompletionCriterion.MinSessions(minSessions));
        }
        if (minHours > 0) {
            parts.add(new CompletionCriterion.MinHours(minHours));
        }
        if (!requiredSessions.isEmpty()) {
            parts.add(new CompletionCriterion.RequiredSessions(new TreeSet<>(requiredSessions)));
        }
        criteria.ifPresent(parts::add);
        return new CompletionCriterion.AllOf(parts);
    }

    /** @return the minimum intervention time */
    public Duration minDuration() {
        return Duration.ofHours(minHours);
    }
}
