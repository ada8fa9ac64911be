package org.dvpp.reporting;

import org.dvpp.domain.Classified;
import org.dvpp.domain.InvalidInputException;

/**
 * How published figures are protected. Counts of 1 to {@code threshold - 1} people are suppressed (shown as {@code *}),
 * further cells are suppressed where a hidden one could otherwise be worked out from totals, and every other count is
 * rounded to the nearest {@code rounding}. Means and rates are withheld when based on fewer than {@code threshold}
 * people. The default is the ONS-style threshold of 10 with rounding to 5; no policy may be weaker than the NHS Digital
 * rule (suppress 1 to 7, round to 5).
 *
 * @param threshold the smallest count that may be published, at least 8
 * @param rounding the rounding base for published counts, at least 5
 */
@Classified
public record DisclosurePolicy(int threshold, int rounding) {

    /** The default: suppress 1 to 9, round to 5. */
    public static final DisclosurePolicy DEFAULT = new DisclosurePolicy(10, 5);

    /** Checks the policy is no weaker than the NHS Digital rule. */
    public DisclosurePolicy {
        if (threshold < 8 || threshold > 1000) {
            throw new InvalidInputException("threshold", "range",
                    "threshold must be from 8 (the NHS Digital minimum) to 1000");
        }
        if (rounding < 5 || rounding > 100) {
            throw new InvalidInputException("rounding", "range", "rounding must be from 5 to 100");
        }
    }

    /**
     * @param threshold the smallest publishable count
     * @return this policy with another threshold
     */
    public DisclosurePolicy withThreshold(int threshold) {
        return new DisclosurePolicy(threshold, rounding);
    }
}
