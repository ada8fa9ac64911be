package org.dvpp.curriculum;

import java.time.Duration;
import java.util.Objects;

/**
 * Delivering a curriculum as one-to-one work only, for men a group does not suit (multiple needs, say): how often the
 * one-to-ones are due and how long they run, and the pathway's own completion rule. A curriculum without this offers
 * no one-to-one-only pathway. In JSON: {@code "oneToOnePathway": {"everyWeeks": 1, "minutes": 60, "completion":
 * {"all": [{"minOneToOnes": 12}, {"minHours": 12}]}}}.
 *
 * @param everyWeeks weeks between one-to-ones (1 for weekly), 1 to 12
 * @param minutes the length of each one-to-one, 1 to 240
 * @param completion what completing the pathway takes
 */
@org.dvpp.domain.Classified
public record OneToOnePathway(int everyWeeks, int minutes, CompletionCriterion completion) {
    /** Refuses a null rule; the ranges are checked by {@link CurriculumValidator}. */
    public OneToOnePathway {
        Objects.requireNonNull(completion, "completion");
    }

    /** @return the cadence of the pathway's one-to-ones */
    public OneToOneCadence cadence() {
        return new OneToOneCadence(everyWeeks, minutes);
    }

    /** @return the length of each one-to-one */
    public Duration length() {
        return Duration.ofMinutes(minutes);
    }
}
