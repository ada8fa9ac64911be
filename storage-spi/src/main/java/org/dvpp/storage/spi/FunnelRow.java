package org.dvpp.storage.spi;

import java.util.Map;
import org.dvpp.domain.Checks;
import org.dvpp.domain.Classified;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.domain.participant.ReferralSource;

/**
 * One line of the referral funnel: for the referrals of one area of residence (as recorded on each referral) and one
 * referral source, how many reached each stage, and how many left by each exit. The unit is the referral (episode): a
 * re-referred man counts once per referral, each with only what happened under it (see {@link OutcomeRow} for the
 * stages and exits).
 *
 * @param area area of residence code
 * @param source referral source
 * @param referred referrals received in the period
 * @param screened of those, screened
 * @param assessed assessed
 * @param suitable found suitable
 * @param started started the programme
 * @param completed completed it
 * @param exits cases by exit status (every exit status is present, possibly with 0)
 * @since 0.1
 */
@Classified
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
