package org.dvpp.storage.spi;

import java.util.List;
import org.dvpp.domain.CaseId;

/**
 * Reports whose aggregation runs in the database (no loading every record into memory). All are for the transaction's
 * agency and read no sensitive field, except {@link #scorePairs}, which hands encrypted scores, decrypted, to the
 * aggregation in the caller's transaction.
 *
 * @since 0.1
 */
public interface ReportQueries {
    /**
     * @param query the period
     * @return one row per (area of residence, referral source) with at least one referral, ordered by area then source
     */
    List<FunnelRow> funnel(FunnelQuery query);

    /**
     * Outcome figures per referral, computed in the database.
     *
     * @param query the period, breakdown and hours target
     * @return one row per key with at least one referral in the period, ordered by key; empty when there is none
     * @since 0.2
     */
    List<OutcomeRow> outcomes(OutcomeQuery query);

    /**
     * The pre/post pairs of the referrals of a period, one per referral and instrument (see {@link ScorePair}), for the
     * caller to aggregate inside the transaction: scores are encrypted at rest, so the database picks the pairs and
     * the breakdown's key, and only the two scores of each pair are decrypted.
     *
     * @param query the period and breakdown (the hours target is not used)
     * @param withAnswers the instruments whose answers are also needed (to score subscales), often empty
     * @param sink receives each pair, in no particular order
     * @since 0.3
     */
    void scorePairs(OutcomeQuery query, java.util.Set<String> withAnswers,
            java.util.function.Consumer<ScorePair> sink);

    /**
     * @param caseId a case
     * @return its attendance totals (zeros if none)
     */
    CaseAttendance attendanceForCase(CaseId caseId);

    /** @return attendance totals of every case with any attendance or one-to-one, ordered by the case id as text */
    List<CaseAttendance> attendanceByCase();

    /** @return occupancy of every group, ordered by the group id as text */
    List<GroupOccupancy> groupOccupancy();
}
