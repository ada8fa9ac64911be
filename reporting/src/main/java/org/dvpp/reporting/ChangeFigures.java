package org.dvpp.reporting;

import java.math.BigDecimal;
import org.dvpp.domain.Checks;
import org.dvpp.domain.Classified;
import org.dvpp.domain.InvalidInputException;

/**
 * Raw (unprotected) pre/post figures of one score of one instrument for the referrals of one line of a breakdown:
 * how many referrals have an intake and an end result (pairs), how many improved and deteriorated under the rule, and
 * the sums of the intake and end values (for the means). They must go through {@link DisclosureControl} before they are
 * published.
 *
 * @param key the line's key (as in the outcome rows)
 * @param instrumentId the instrument
 * @param scoreId {@value #TOTAL} or the id of a subscale or derived score
 * @param label a readable name, such as {@code PHQ-9 total}
 * @param rule how improved and deteriorated are decided
 * @param pairs referrals with both results
 * @param improved of those, improved
 * @param deteriorated of those, deteriorated
 * @param sumBefore the sum of the intake values
 * @param sumAfter the sum of the end values
 * @since 0.3
 */
@Classified
public record ChangeFigures(String key, String instrumentId, String scoreId, String label, ChangeRule rule, long pairs,
        long improved, long deteriorated, BigDecimal sumBefore, BigDecimal sumAfter) {

    /** The score id of an instrument's total. */
    public static final String TOTAL = "total";

    /** Checks every part. */
    public ChangeFigures {
        Checks.required(key, "key");
        Checks.required(instrumentId, "instrumentId");
        Checks.required(scoreId, "scoreId");
        Checks.required(label, "label");
        Checks.required(rule, "rule");
        Checks.required(sumBefore, "sumBefore");
        Checks.required(sumAfter, "sumAfter");
        if (pairs < 0 || improved < 0 || deteriorated < 0 || improved + deteriorated > pairs) {
            throw new InvalidInputException("pairs", "range", "improved and deteriorated are parts of the pairs");
        }
    }

    /** @return pairs neither improved nor deteriorated */
    public long unchanged() {
        return pairs - improved - deteriorated;
    }

    /**
     * @param other figures of the same score on another line
     * @param key the key of the sum
     * @return both added up
     */
    public ChangeFigures plus(ChangeFigures other, String key) {
        return new ChangeFigures(key, instrumentId, scoreId, label, rule, pairs + other.pairs,
                improved + other.improved, deteriorated + other.deteriorated, sumBefore.add(other.sumBefore),
                sumAfter.add(other.sumAfter));
    }
}
