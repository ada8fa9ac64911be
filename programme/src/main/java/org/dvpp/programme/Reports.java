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

    /**
     * The equality monitoring figures for one protected characteristic, under disclosure control: how many men (each
     * counted once, by his latest answers) gave each answer, how many were not asked or did not answer, and the total.
     * There is no raw or per-man form of these figures.
     *
     * @param user who asks (needs {@link Permission#VIEW_REPORTS})
     * @param characteristic the characteristic
     * @param policy the disclosure policy (see {@link DisclosurePolicy#DEFAULT})
     * @return the protected figures
     */
    EqualityReport equality(ActingUser user, org.dvpp.domain.participant.ProtectedCharacteristic characteristic,
            DisclosurePolicy policy);

    /**
     * Equality monitoring figures for one characteristic, protected for publication.
     *
     * @param characteristic the characteristic
     * @param counts each answer (then {@code not-answered}) to its published count: rounded, or suppressed
     * @param total the men with equality monitoring answers, published the same way
     */
    @org.dvpp.domain.Classified
    record EqualityReport(org.dvpp.domain.participant.ProtectedCharacteristic characteristic,
            java.util.Map<String, org.dvpp.reporting.PublishedCount> counts, org.dvpp.reporting.PublishedCount total) {
        /** Keeps the order of the counts. */
        public EqualityReport {
            counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
        }
    }
}
