package org.dvpp.storage.jdbc.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.domain.group.GroupStatus;
import org.dvpp.domain.participant.ReferralSource;
import org.dvpp.storage.spi.CaseAttendance;
import org.dvpp.storage.spi.FunnelQuery;
import org.dvpp.storage.spi.FunnelRow;
import org.dvpp.storage.spi.GroupOccupancy;
import org.dvpp.storage.spi.ReportQueries;

/** Report queries: the aggregation is done by the database; only one row per group of the result comes back. */
final class ReportRepo implements ReportQueries {
    private static final String ATTENDED = "('PRESENT','LATE')";
    private static final String FUNNEL = "SELECT p.area_of_residence AS area, r.ref_source AS src, COUNT(*) AS referred, "
            + "SUM(x.screened) AS screened, SUM(x.assessed) AS assessed, SUM(x.suitable) AS suitable, "
            + "SUM(x.started) AS started, SUM(x.completed) AS completed, SUM(x.ineligible) AS ineligible, "
            + "SUM(x.unsuitable) AS unsuitable, SUM(x.withdrawn) AS withdrawn, SUM(x.excluded) AS excluded, "
            + "SUM(x.returned) AS returned "
            + "FROM (SELECT c.id, c.participant_id, c.referral_id, "
            + "MAX(CASE WHEN t.command = 'complete-screening' THEN 1 ELSE 0 END) AS screened, "
            + "MAX(CASE WHEN t.command = 'decide-suitability' THEN 1 ELSE 0 END) AS assessed, "
            + "MAX(CASE WHEN t.to_status = 'AWAITING_GROUP' THEN 1 ELSE 0 END) AS suitable, "
            + "MAX(CASE WHEN t.to_status = 'IN_PROGRAMME' THEN 1 ELSE 0 END) AS started, "
            + "MAX(CASE WHEN t.to_status = 'COMPLETED' THEN 1 ELSE 0 END) AS completed, "
            + "MAX(CASE WHEN t.to_status = 'INELIGIBLE' THEN 1 ELSE 0 END) AS ineligible, "
            + "MAX(CASE WHEN t.to_status = 'UNSUITABLE' THEN 1 ELSE 0 END) AS unsuitable, "
            + "MAX(CASE WHEN t.to_status = 'WITHDRAWN' THEN 1 ELSE 0 END) AS withdrawn, "
            + "MAX(CASE WHEN t.to_status = 'EXCLUDED' THEN 1 ELSE 0 END) AS excluded, "
            + "MAX(CASE WHEN t.to_status = 'RETURNED_TO_REFERRER' THEN 1 ELSE 0 END) AS returned "
            + "FROM dv_case c LEFT JOIN case_transition t ON t.agency_id = c.agency_id AND t.case_id = c.id "
            + "WHERE c.agency_id = ? GROUP BY c.id, c.participant_id, c.referral_id) x "
            + "JOIN referral r ON r.agency_id = ? AND r.id = x.referral_id "
            + "JOIN participant p ON p.agency_id = ? AND p.id = x.participant_id "
            + "WHERE r.received_on >= ? AND r.received_on < ? "
            + "GROUP BY p.area_of_residence, r.ref_source";
    private static final String ATTENDANCE = "SELECT case_id, SUM(pr) AS pr, SUM(la) AS la, SUM(ex) AS ex, "
            + "SUM(un) AS un, SUM(gt) AS gt, SUM(oa) AS oa, SUM(ot) AS ot FROM ("
            + "SELECT case_id, CASE WHEN status = 'PRESENT' THEN 1 ELSE 0 END AS pr, "
            + "CASE WHEN status = 'LATE' THEN 1 ELSE 0 END AS la, "
            + "CASE WHEN status = 'EXCUSED_ABSENCE' THEN 1 ELSE 0 END AS ex, "
            + "CASE WHEN status = 'UNEXCUSED_ABSENCE' THEN 1 ELSE 0 END AS un, credited_nanos AS gt, 0 AS oa, "
            + "0 AS ot FROM attendance WHERE agency_id = ? %1$s "
            + "UNION ALL SELECT case_id, 0, 0, 0, 0, 0, CASE WHEN status IN " + ATTENDED + " THEN 1 ELSE 0 END, "
            + "CASE WHEN status IN " + ATTENDED + " THEN duration_nanos ELSE 0 END "
            + "FROM one_to_one WHERE agency_id = ? %1$s) u GROUP BY case_id";
    private final Db db;

    ReportRepo(Db db) {
        this.db = db;
    }

    @Override
    public List<FunnelRow> funnel(FunnelQuery q) {
        Checks.required(q, "query");
        List<FunnelRow> rows = new ArrayList<>(db.list(FUNNEL, r -> {
            Map<CaseStatus, Long> exits = new EnumMap<>(CaseStatus.class);
            exits.put(CaseStatus.INELIGIBLE, r.l("ineligible"));
            exits.put(CaseStatus.UNSUITABLE, r.l("unsuitable"));
            exits.put(CaseStatus.WITHDRAWN, r.l("withdrawn"));
            exits.put(CaseStatus.EXCLUDED, r.l("excluded"));
            exits.put(CaseStatus.RETURNED_TO_REFERRER, r.l("returned"));
            return new FunnelRow(r.str("area"), r.en(ReferralSource.class, "src"), r.l("referred"), r.l("screened"),
                    r.l("assessed"), r.l("suitable"), r.l("started"), r.l("completed"), exits);
        }, db.agencyId, db.agencyId, db.agencyId, q.from(), q.toExclusive()));
        rows.sort(Comparator.comparing(FunnelRow::area).thenComparing(FunnelRow::source));
        return rows;
    }

    private List<CaseAttendance> attendance(String filter, Object... params) {
        return db.list(String.format(ATTENDANCE, filter), r -> new CaseAttendance(new CaseId(r.uuid("case_id")),
                r.l("pr"), r.l("la"), r.l("ex"), r.l("un"), Duration.ofNanos(r.l("gt")), r.l("oa"),
                Duration.ofNanos(r.l("ot"))), params);
    }

    @Override
    public CaseAttendance attendanceForCase(CaseId caseId) {
        Checks.required(caseId, "caseId");
        List<CaseAttendance> rows = attendance("AND case_id = ?", db.agencyId, caseId, db.agencyId, caseId);
        return rows.isEmpty() ? new CaseAttendance(caseId, 0, 0, 0, 0, Duration.ZERO, 0, Duration.ZERO) : rows.get(0);
    }

    @Override
    public List<CaseAttendance> attendanceByCase() {
        List<CaseAttendance> rows = new ArrayList<>(attendance("", db.agencyId, db.agencyId));
        rows.sort(Comparator.comparing(a -> a.caseId().value().toString()));
        return rows;
    }

    @Override
    public List<GroupOccupancy> groupOccupancy() {
        List<GroupOccupancy> rows = new ArrayList<>(db.list("SELECT g.id, g.name, g.status, g.capacity, "
                + "(SELECT COUNT(*) FROM allocation a WHERE a.agency_id = g.agency_id AND a.group_id = g.id "
                + "AND a.status = 'ACTIVE') AS active, "
                + "(SELECT COUNT(*) FROM waiting_list w WHERE w.agency_id = g.agency_id AND w.group_id = g.id) "
                + "AS waiting FROM dv_group g WHERE g.agency_id = ?",
                r -> new GroupOccupancy(new GroupId(r.uuid("id")), r.str("name"), r.en(GroupStatus.class, "status"),
                        r.i("capacity"), r.l("active"), r.l("waiting")), db.agencyId));
        rows.sort(Comparator.comparing(g -> g.group().value().toString()));
        return rows;
    }
}
