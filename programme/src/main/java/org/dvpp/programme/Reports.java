package org.dvpp.programme;

import java.time.LocalDate;
import java.util.List;
import org.dvpp.storage.spi.CaseAttendance;
import org.dvpp.storage.spi.FunnelRow;
import org.dvpp.reporting.DisclosurePolicy;
import org.dvpp.reporting.PublishedReport;
import org.dvpp.storage.spi.GroupOccupancy;
import org.dvpp.storage.spi.OutcomeQuery;

/** Figures for managers and commissioners; the aggregations run in the database. */
public interface Reports {

    /**
     * The funnel from referral to completion, with exits by reason, per area and referral source, for referrals received
     * in a period.
     *
     * @param user who asks (needs {@link Permission#VIEW_REPORTS})
     * @param from first day
     * @param toExclusive the day after the last
     * @return one row per area and source
     */
    List<FunnelRow> funnel(ActingUser user, LocalDate from, LocalDate toExclusive);

    /**
     * @param user who asks (needs {@link Permission#VIEW_REPORTS})
     * @return attendance and hours per case
     */
    List<CaseAttendance> attendance(ActingUser user);

    /**
     * @param user who asks (needs {@link Permission#VIEW_REPORTS})
     * @return places taken and waiting per group
     */
    List<GroupOccupancy> occupancy(ActingUser user);

    /**
     * The outcome report for a period, computed in the database per referral and protected by disclosure control: safe
     * to publish to funders and commissioners.
     *
     * @param user who asks (needs {@link Permission#VIEW_REPORTS})
     * @param query the period, breakdown and hours target
     * @param policy the disclosure policy (see {@link DisclosurePolicy#DEFAULT})
     * @return the protected report
     */
    PublishedReport outcomes(ActingUser user, OutcomeQuery query, DisclosurePolicy policy);

    /**
     * The same figures without disclosure control, marked raw, for the roles the access policy allows. Never publish.
     *
     * @param user who asks (needs {@link Permission#VIEW_RAW_REPORTS})
     * @param query the period, breakdown and hours target
     * @return the unprotected report
     */
    PublishedReport rawOutcomes(ActingUser user, OutcomeQuery query);
}
