package org.dvpp.programme.internal;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.dvpp.programme.ActingUser;
import org.dvpp.programme.Permission;
import org.dvpp.programme.Reports;
import org.dvpp.storage.spi.CaseAttendance;
import org.dvpp.storage.spi.FunnelQuery;
import org.dvpp.storage.spi.FunnelRow;
import org.dvpp.reporting.DisclosureControl;
import org.dvpp.reporting.DisclosurePolicy;
import org.dvpp.reporting.PublishedReport;
import org.dvpp.storage.spi.GroupOccupancy;
import org.dvpp.storage.spi.OutcomeQuery;

/** Reports, computed in the database. */
final class ReportsImpl implements Reports {
    private final Kernel k;
    private final OutcomeChanges changes;

    /**
     * @param kernel shared services
     * @param instruments the instruments, for judging pre/post change with the version each pair was taken with
     */
    @Inject
    ReportsImpl(Kernel kernel, org.dvpp.assessment.InstrumentRegistry instruments) {
        this.k = kernel;
        this.changes = new OutcomeChanges(instruments);
    }

    private static final Kernel.Op FUNNEL = Kernel.Op.read("reports.funnel", Permission.VIEW_REPORTS, "agency");
    private static final Kernel.Op ATTENDANCE = Kernel.Op.read("reports.attendance", Permission.VIEW_REPORTS,
            "agency");
    private static final Kernel.Op OCCUPANCY = Kernel.Op.read("reports.occupancy", Permission.VIEW_REPORTS, "agency");

    private static final Kernel.Op OUTCOMES = Kernel.Op.read("reports.outcomes", Permission.VIEW_REPORTS, "agency");
    private static final Kernel.Op RAW_OUTCOMES = Kernel.Op.read("reports.rawOutcomes", Permission.VIEW_RAW_REPORTS,
            "agency");

    @Override
    public List<FunnelRow> funnel(ActingUser user, LocalDate from, LocalDate toExclusive) {
        return k.run(user, FUNNEL, c -> c.required("from", from).required("toExclusive", toExclusive),
                tx -> tx.reports().funnel(new FunnelQuery(from, toExclusive)));
    }

    @Override
    public List<CaseAttendance> attendance(ActingUser user) {
        return k.run(user, ATTENDANCE, c -> { }, tx -> tx.reports().attendanceByCase());
    }

    @Override
    public List<GroupOccupancy> occupancy(ActingUser user) {
        return k.run(user, OCCUPANCY, c -> { }, tx -> tx.reports().groupOccupancy());
    }

    @Override
    public PublishedReport outcomes(ActingUser user, OutcomeQuery query, DisclosurePolicy policy) {
        return k.run(user, OUTCOMES, c -> c.required("query", query).required("policy", policy),
                tx -> DisclosureControl.publish("Outcomes", query, tx.reports().outcomes(query),
                        changes.compute(tx, query), policy));
    }

    @Override
    public PublishedReport rawOutcomes(ActingUser user, OutcomeQuery query) {
        return k.run(user, RAW_OUTCOMES, c -> c.required("query", query),
                tx -> DisclosureControl.raw("Outcomes (raw)", query, tx.reports().outcomes(query),
                        changes.compute(tx, query)));
    }

    private static final Kernel.Op EQUALITY = Kernel.Op.read("reports.equality", Permission.VIEW_REPORTS, "agency");
    /** The count of men with answers who gave none for the characteristic. */
    static final String NOT_ANSWERED = "not-answered";

    @Override
    public EqualityReport equality(ActingUser user, org.dvpp.domain.participant.ProtectedCharacteristic characteristic,
            DisclosurePolicy policy) {
        return k.run(user, EQUALITY, ch -> ch.required("characteristic", characteristic).required("policy", policy),
                tx -> {
                    // each man once, by his latest answers
                    java.util.Map<org.dvpp.domain.CaseId, org.dvpp.domain.participant.EqualityMonitoring> latest =
                            new java.util.HashMap<>();
                    for (var m : CaseDocuments.EQUALITY.listForAgency(tx)) {
                        latest.merge(m.caseId(), m, (a, b) -> b.on().isBefore(a.on()) ? a : b);
                    }
                    java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
                    characteristic.answers().forEach(a -> counts.put(a, 0L));
                    counts.put(NOT_ANSWERED, 0L);
                    for (var m : latest.values()) {
                        counts.merge(m.answers().getOrDefault(characteristic, NOT_ANSWERED), 1L, Long::sum);
                    }
                    var published = new java.util.LinkedHashMap<>(DisclosureControl.publishDistribution(counts,
                            policy));
                    var total = published.remove("TOTAL");
                    return new EqualityReport(characteristic, published, total);
                });
    }
}
