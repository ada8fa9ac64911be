package org.dvpp.storage.spi;

import java.util.List;
import org.dvpp.domain.CaseId;

/**
 * Reports whose aggregation runs in the database (no loading every record into memory). All are for the transaction's
 * agency and read no sensitive field.
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
     * @param caseId a case
     * @return its attendance totals (zeros if none)
     */
    CaseAttendance attendanceForCase(CaseId caseId);

    /** @return attendance totals of every case with any attendance or one-to-one, ordered by the case id as text */
    List<CaseAttendance> attendanceByCase();

    /** @return occupancy of every group, ordered by the group id as text */
    List<GroupOccupancy> groupOccupancy();
}
