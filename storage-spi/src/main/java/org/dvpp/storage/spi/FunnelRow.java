package org.dvpp.storage.spi;

import java.util.Map;
import org.dvpp.domain.Checks;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.domain.participant.ReferralSource;

/**
 * One line of the referral funnel: for the cases of one area of residence and one referral source, how many reached
 * each stage, and how many left by each exit. A case counts at a stage if its history holds the transition that marks
 * it: screened = screening completed, assessed = suitability decided, suitable = moved to awaiting a group, started =
 * entered the programme, completed = completed. Exits count cases whose history moved them to INELIGIBLE, UNSUITABLE,
 * WITHDRAWN, EXCLUDED or RETURNED_TO_REFERRER.
 *
 * @param area area of residence code
 * @param source referral source
 * @param referred cases referred in the period
 * @param screened of those, screened
 * @param assessed assessed
 * @param suitable found suitable
 * @param started started the programme
 * @param completed completed it
 * @param exits cases by exit status (every exit status is present, possibly with 0)
 * @since 0.1
 */
public record FunnelRow(String area, ReferralSource source, long referred, long screened, long assessed,
        long suitable, long started, long completed, Map<CaseStatus, Long> exits) {

    /** The statuses counted as exits. */
    public static final java.util.List<CaseStatus> EXIT_STATUSES = java.util.List.of(CaseStatus.INELIGIBLE,
            CaseStatus.UNSUITABLE, CaseStatus.WITHDRAWN, CaseStatus.EXCLUDED, CaseStatus.RETURNED_TO_REFERRER);

    /** Checks the input. */
    public FunnelRow {
        Checks.required(area, "area");
        Checks.required(source, "source");
        exits = Map.copyOf(Checks.required(exits, "exits"));
    }
}
