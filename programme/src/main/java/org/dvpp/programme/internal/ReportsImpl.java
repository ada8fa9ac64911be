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
import org.dvpp.storage.spi.GroupOccupancy;

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
}
