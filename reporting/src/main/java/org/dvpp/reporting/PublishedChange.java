package org.dvpp.reporting;

import java.math.BigDecimal;
import java.util.Optional;
import org.dvpp.domain.Checks;
import org.dvpp.domain.Classified;

/**
 * Published pre/post change of one score of one instrument on one line: counts rounded or suppressed like every other
 * count, means and shares withheld when fewer than the threshold referrals have both results (or their count is
 * suppressed). Shares use the published (rounded) counts.
 *
 * @param instrumentId the instrument
 * @param scoreId {@value ChangeFigures#TOTAL} or a subscale's id
 * @param label a readable name
 * @param rule how improved and deteriorated are decided
 * @param pairs referrals with an intake and an end result
 * @param improved of those, improved (reliably, for {@link ChangeRule#RELIABLE_CHANGE})
 * @param unchanged neither
 * @param deteriorated deteriorated
 * @param meanBefore the mean at intake, 2 decimal places
 * @param meanAfter the mean at the end
 * @param meanChange the mean change (end minus intake)
 * @param improvedShare improved per pair, percent
 * @param deterioratedShare deteriorated per pair, percent
 * @since 0.3
 */
@Classified
public record PublishedChange(String instrumentId, String scoreId, String label, ChangeRule rule,
        PublishedCount pairs, PublishedCount improved, PublishedCount unchanged, PublishedCount deteriorated,
        Optional<BigDecimal> meanBefore, Optional<BigDecimal> meanAfter, Optional<BigDecimal> meanChange,
        Optional<BigDecimal> improvedShare, Optional<BigDecimal> deterioratedShare) {

    /** Checks every part. */
    public PublishedChange {
        Checks.required(instrumentId, "instrumentId");
        Checks.required(scoreId, "scoreId");
        Checks.required(label, "label");
        Checks.required(rule, "rule");
        Checks.required(pairs, "pairs");
        Checks.required(improved, "improved");
        Checks.required(unchanged, "unchanged");
        Checks.required(deteriorated, "deteriorated");
        Checks.required(meanBefore, "meanBefore");
        Checks.required(meanAfter, "meanAfter");
        Checks.required(meanChange, "meanChange");
        Checks.required(improvedShare, "improvedShare");
        Checks.required(deterioratedShare, "deterioratedShare");
    }
}
