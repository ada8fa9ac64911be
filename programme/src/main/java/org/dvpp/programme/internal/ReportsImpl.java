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
import org.dvpp.domain.Checks;
import org.dvpp.reporting.DisclosureControl;
import org.dvpp.reporting.DisclosurePolicy;
import org.dvpp.reporting.PublishedReport;
import org.dvpp.storage.spi.GroupOccupancy;
import org.dvpp.storage.spi.OutcomeQuery;
import org.dvpp.storage.spi.OutcomeRow;

/** Reports, computed in the database. */
final class ReportsImpl implements Reports {
    private final Kernel k;

    /** @param kernel shared services */
    @Inject
    ReportsImpl(Kernel kernel) {
        this.k = kernel;
    }

    @Override
    public List<FunnelRow> funnel(ActingUser user, LocalDate from, LocalDate toExclusive) {
        k.require(user, Permission.VIEW_REPORTS);
        FunnelQuery q = new FunnelQuery(from, toExclusive);
        return k.read(user, tx -> tx.reports().funnel(q));
    }

    @Override
    public List<CaseAttendance> attendance(ActingUser user) {
        k.require(user, Permission.VIEW_REPORTS);
        return k.read(user, tx -> tx.reports().attendanceByCase());
    }

    @Override
    public List<GroupOccupancy> occupancy(ActingUser user) {
        k.require(user, Permission.VIEW_REPORTS);
        return k.read(user, tx -> tx.reports().groupOccupancy());
    }

    @Override
    public PublishedReport outcomes(ActingUser user, OutcomeQuery query, DisclosurePolicy policy) {
        k.require(user, Permission.VIEW_REPORTS);
        Checks.required(query, "query");
        Checks.required(policy, "policy");
        List<OutcomeRow> rows = k.read(user, tx -> tx.reports().outcomes(query));
        return DisclosureControl.publish("Outcomes", query, rows, policy);
    }

    @Override
    public PublishedReport rawOutcomes(ActingUser user, OutcomeQuery query) {
        k.require(user, Permission.VIEW_RAW_REPORTS);
        Checks.required(query, "query");
        List<OutcomeRow> rows = k.read(user, tx -> tx.reports().outcomes(query));
        return DisclosureControl.raw("Outcomes (raw)", query, rows);
    }
}
