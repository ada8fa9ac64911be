package org.dvpp.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dvpp.domain.Classified;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.Sensitive;

/**
 * Raw change in every subscale and derived score between two results of one instrument (such as TOP at start and at
 * review, or a readiness ruler before and after). No significance is claimed: for that, see {@link ReliableChange}.
 * Scores that declare {@link ScoreDefinition.OutcomeRule#USE_DAYS} are also classified by the default, configurable-by-
 * replacement TOP rule: abstinent (0 at review among those using at start), reduced, unchanged or increased; people not
 * using at start, and scores not recorded (missing or declined), are excluded.
 *
 * @since 0.1
 */
public final class ScoreComparison {
    private ScoreComparison() {
    }

    /** How a days-of-use score changed. */
    public enum UseOutcome {
        /** Using at start, no use at review. */
        ABSTINENT,
        /** Fewer days at review, but not none. */
        REDUCED,
        /** The same number of days. */
        UNCHANGED,
        /** More days at review. */
        INCREASED,
        /** Not using at start: excluded from this substance's outcome. */
        EXCLUDED_NOT_USING_AT_START,
        /** Not recorded (missing or declined) at start or review: excluded, never counted as zero. */
        EXCLUDED_NOT_RECORDED
    }

    /**
     * Change in one score.
     *
     * @param scoreId the score's id
     * @param before its value in the earlier result, if recorded
     * @param after its value in the later result, if recorded
     * @param delta after − before, when both are recorded
     * @param useOutcome the days-of-use classification, for scores that declare it
     */
    @Classified
    public record Change(String scoreId, @Sensitive(DataClass.P1) Optional<Fraction> before,
            @Sensitive(DataClass.P1) Optional<Fraction> after, @Sensitive(DataClass.P1) Optional<Fraction> delta,
            @Sensitive(DataClass.P1) Optional<UseOutcome> useOutcome) {
        /** Refuses nulls. */
        public Change {
            Objects.requireNonNull(scoreId, "scoreId");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(delta, "delta");
            Objects.requireNonNull(useOutcome, "useOutcome");
        }
    }

    /**
     * @param instrument the instrument both results come from
     * @param before the earlier result
     * @param after the later result
     * @return one change per subscale or derived score, in definition order
     * @throws InvalidInputException if a result is of another instrument or version
     */
    public static List<Change> compare(InstrumentDescriptor instrument, ScoreResult before, ScoreResult after) {
        for (ScoreResult r : new ScoreResult[] {before, after}) {
            if (!r.instrumentId().equals(instrument.id()) || !r.instrumentVersion().equals(instrument.version())) {
                throw new InvalidInputException("result.instrumentId", "same-instrument",
                        "comparison needs two results of " + instrument.id() + " " + instrument.version() + "; got "
                                + r.instrumentId() + " " + r.instrumentVersion());
            }
        }
        List<Change> changes = new ArrayList<>();
        for (ScoreDefinition s : instrument.subscales()) {
            Optional<Fraction> pre = Optional.ofNullable(before.subscales().get(s.id()));
            Optional<Fraction> post = Optional.ofNullable(after.subscales().get(s.id()));
            Optional<Fraction> delta = pre.isPresent() && post.isPresent()
                    ? Optional.of(post.get().minus(pre.get())) : Optional.empty();
            Optional<UseOutcome> use = Optional.empty();
            if (s.outcome() == ScoreDefinition.OutcomeRule.USE_DAYS) {
                use = Optional.of(useOutcome(pre, post));
            }
            changes.add(new Change(s.id(), pre, post, delta, use));
        }
        return changes;
    }

    private static UseOutcome useOutcome(Optional<Fraction> pre, Optional<Fraction> post) {
        if (pre.isEmpty() || post.isEmpty()) {
            return UseOutcome.EXCLUDED_NOT_RECORDED;
        }
        int start = pre.get().compareTo(Fraction.ZERO);
        if (start == 0) {
            return UseOutcome.EXCLUDED_NOT_USING_AT_START;
        }
        if (post.get().compareTo(Fraction.ZERO) == 0) {
            return UseOutcome.ABSTINENT;
        }
        int c = post.get().compareTo(pre.get());
        return c < 0 ? UseOutcome.REDUCED : c == 0 ? UseOutcome.UNCHANGED : UseOutcome.INCREASED;
    }
}
