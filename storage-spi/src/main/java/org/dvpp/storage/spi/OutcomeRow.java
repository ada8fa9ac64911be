package org.dvpp.storage.spi;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.dvpp.domain.Checks;
import org.dvpp.domain.Classified;
import org.dvpp.domain.casework.CaseStatus;

/**
 * Raw (unsuppressed) outcome figures for the referrals of one line of a breakdown. The unit is the referral (episode):
 * each figure belongs to the referral it happened under. A transition belongs to a referral when it is recorded under
 * that referral's episode; attendance, one-to-ones, risk events and information sharing belong to it when they are
 * dated on or after the day it was received and before the day the man's next referral was received.
 *
 * <p>Stages: screened = screening completed; eligible = screening passed; assessed = suitability decided; suitable =
 * found suitable; started = the programme started; completed = completed. Exits, by the status they led to:
 * INELIGIBLE (screened out), UNSUITABLE, WITHDRAWN, EXCLUDED, RETURNED_TO_REFERRER. The figures about time and
 * attendance are over starters only. These are raw counts: they must go through disclosure control before they are
 * published.
 *
 * @param key the line's key (area code, source name, curriculum id, group id as text, "" for none, or "TOTAL")
 * @param label a readable name for the line (the group's name for groups, otherwise the key)
 * @param referred referrals received in the period
 * @param screened of those, screened
 * @param eligible screened as eligible
 * @param assessed suitability decided
 * @param suitable found suitable
 * @param started started the programme
 * @param completed completed it
 * @param exits referrals by the exit status they reached (every status in {@link #EXIT_STATUSES}, possibly 0)
 * @param reachedHoursTarget starters whose intervention time (group plus one-to-one) reached the query's target
 * @param starterHours total intervention time of the starters
 * @param sessionsAttended group sessions attended (present or late) by the starters
 * @param sessionsRecorded group register entries of the starters (attended or absent)
 * @param daysToStart total days from referral to start over the starters
 * @param partnerContacted starters with a partner, ex-partner or new partner whom partner support has contacted
 *     (offered, engaged or declined support)
 * @param riskRaised referrals with at least one risk event that raised the level
 * @param riskLowered referrals with at least one risk event that lowered the level
 * @param maracReferrals referrals with at least one information-sharing entry to a MARAC
 * @param hoursBands starters by intervention time, in {@link #HOURS_BAND_WIDTH} bands: [0,5h), [5h,10h), ... and the
 *     last band for {@link #HOURS_BANDS}-1 widths and more
 * @since 0.2
 */
@Classified
public record OutcomeRow(String key, String label, long referred, long screened, long eligible, long assessed,
        long suitable, long started, long completed, Map<CaseStatus, Long> exits, long reachedHoursTarget,
        Duration starterHours, long sessionsAttended, long sessionsRecorded, long daysToStart, long partnerContacted,
        long riskRaised, long riskLowered, long maracReferrals, List<Long> hoursBands) {

    /** The statuses counted as exits, in funnel order. */
    public static final List<CaseStatus> EXIT_STATUSES = FunnelRow.EXIT_STATUSES;
    /** The width of an hours band. */
    public static final Duration HOURS_BAND_WIDTH = Duration.ofHours(5);
    /** How many hours bands there are (the last is open-ended). */
    public static final int HOURS_BANDS = 9;

    /** Checks every part. */
    public OutcomeRow {
        Checks.required(key, "key");
        Checks.required(label, "label");
        exits = Map.copyOf(Checks.required(exits, "exits"));
        Checks.required(starterHours, "starterHours");
        hoursBands = List.copyOf(Checks.required(hoursBands, "hoursBands"));
        if (hoursBands.size() != HOURS_BANDS) {
            throw new org.dvpp.domain.InvalidInputException("hoursBands", "size", "hoursBands must have "
                    + HOURS_BANDS + " entries");
        }
    }

    /**
     * @param hours a starter's intervention time
     * @return the index of its hours band
     */
    public static int band(Duration hours) {
        long b = hours.toNanos() / HOURS_BAND_WIDTH.toNanos();
        return (int) Math.min(b, HOURS_BANDS - 1);
    }
}
