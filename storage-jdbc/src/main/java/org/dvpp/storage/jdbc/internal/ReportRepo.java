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
import org.dvpp.storage.spi.OutcomeQuery;
import org.dvpp.storage.spi.OutcomeRow;
import org.dvpp.storage.spi.ReportDimension;
import org.dvpp.storage.spi.ReportQueries;

/** Report queries: the aggregation is done by the database; only one row per group of the result comes back. */
final class ReportRepo implements ReportQueries {
    private static final String ATTENDED = "('PRESENT','LATE')";
    /** Report figures never count a restricted or erased subject. */
    private static final String HIDDEN_ATTENDANCE = hiddenByCase("attendance");
    private static final String HIDDEN_ONE_TO_ONE = hiddenByCase("one_to_one");

    private static String hiddenByCase(String table) {
        return " AND NOT EXISTS (SELECT 1 FROM subject_status ss_ JOIN dv_case sc_ ON sc_.agency_id = ss_.agency_id "
                + "AND sc_.participant_id = ss_.subject_id WHERE ss_.agency_id = " + table + ".agency_id AND sc_.id = "
                + table + ".case_id) ";
    }

    private static final String ATTENDANCE = "SELECT case_id, SUM(pr) AS pr, SUM(la) AS la, SUM(ex) AS ex, "
            + "SUM(un) AS un, SUM(gt) AS gt, SUM(oa) AS oa, SUM(ot) AS ot FROM ("
            + "SELECT case_id, CASE WHEN status = 'PRESENT' THEN 1 ELSE 0 END AS pr, "
            + "CASE WHEN status = 'LATE' THEN 1 ELSE 0 END AS la, "
            + "CASE WHEN status = 'EXCUSED_ABSENCE' THEN 1 ELSE 0 END AS ex, "
            + "CASE WHEN status = 'UNEXCUSED_ABSENCE' THEN 1 ELSE 0 END AS un, credited_nanos AS gt, 0 AS oa, "
            + "0 AS ot FROM attendance WHERE voided = FALSE AND agency_id = ? %1$s " + HIDDEN_ATTENDANCE
            + "UNION ALL SELECT case_id, 0, 0, 0, 0, 0, CASE WHEN status IN " + ATTENDED + " THEN 1 ELSE 0 END, "
            + "CASE WHEN status IN " + ATTENDED + " THEN duration_nanos ELSE 0 END "
            + "FROM one_to_one WHERE agency_id = ? %1$s " + HIDDEN_ONE_TO_ONE + ") u GROUP BY case_id";
    private final Db db;

    ReportRepo(Db db) {
        this.db = db;
    }

    private Object[] params(OutcomeQuery q, ReportDimension by) {
        List<Object> p = new ArrayList<>(List.of(db.agencyId, q.from(), q.toExclusive()));
        for (int i = 0; i < OutcomeSql.agencyParams(by); i++) {
            p.add(db.agencyId);
        }
        p.add(q.hoursTarget().toNanos());
        return p.toArray();
    }

    private static Map<CaseStatus, Long> exits(Row r) throws java.sql.SQLException {
        Map<CaseStatus, Long> exits = new EnumMap<>(CaseStatus.class);
        exits.put(CaseStatus.INELIGIBLE, r.l("x_inel"));
        exits.put(CaseStatus.UNSUITABLE, r.l("x_unsu"));
        exits.put(CaseStatus.WITHDRAWN, r.l("x_with"));
        exits.put(CaseStatus.EXCLUDED, r.l("x_excl"));
        exits.put(CaseStatus.RETURNED_TO_REFERRER, r.l("x_retu"));
        return exits;
    }

    @Override
    public List<FunnelRow> funnel(FunnelQuery q) {
        Checks.required(q, "query");
        OutcomeQuery oq = OutcomeQuery.of(q.from(), q.toExclusive(), ReportDimension.AREA);
        List<FunnelRow> rows = new ArrayList<>(db.list(OutcomeSql.build(db.dialect, null),
                r -> new FunnelRow(r.str("k"), r.en(ReferralSource.class, "k2"), r.l("referred"), r.l("screened"),
                        r.l("assessed"), r.l("suitable"), r.l("started"), r.l("completed"), exits(r)),
                params(oq, ReportDimension.AREA)));
        rows.sort(Comparator.comparing(FunnelRow::area).thenComparing(FunnelRow::source));
        return rows;
    }

    @Override
    public List<OutcomeRow> outcomes(OutcomeQuery q) {
        Checks.required(q, "query");
        List<OutcomeRow> rows = new ArrayList<>(db.list(OutcomeSql.build(db.dialect, q.by()), r -> {
            List<Long> bands = new ArrayList<>(OutcomeRow.HOURS_BANDS);
            for (int b = 0; b < OutcomeRow.HOURS_BANDS; b++) {
                bands.add(r.l("band" + b));
            }
            String key = r.str("k").trim();
            String label = r.str("lbl");
            return new OutcomeRow(key, label == null ? key : label.trim(), r.l("referred"), r.l("screened"),
                    r.l("eligible"), r.l("assessed"), r.l("suitable"), r.l("started"), r.l("completed"), exits(r),
                    r.l("reached"), Duration.ofNanos(r.l("hours")), r.l("att"), r.l("recn"), r.l("days"),
                    r.l("pcon"), r.l("raised"), r.l("lowered"), r.l("marac"), bands);
        }, params(q, q.by())));
        rows.removeIf(r -> r.referred() == 0);
        rows.sort(Comparator.comparing(OutcomeRow::key));
        return rows;
    }

    @Override
    public void scorePairs(OutcomeQuery q, java.util.Set<String> withAnswers,
            java.util.function.Consumer<org.dvpp.storage.spi.ScorePair> sink) {
        Checks.required(q, "query");
        Checks.required(withAnswers, "withAnswers");
        Checks.required(sink, "sink");
        for (String id : withAnswers) {
            if (!id.matches("[a-z0-9][a-z0-9-]{0,79}")) {
                throw new org.dvpp.domain.InvalidInputException("withAnswers", "instrument-id",
                        "an instrument id is lower-case letters, digits and hyphens");
            }
        }
        List<Object> p = new ArrayList<>(List.of(db.agencyId, q.from(), q.toExclusive()));
        for (int i = 0; i < OutcomeSql.keyParams(q.by()) + 2; i++) {
            p.add(db.agencyId);
        }
        FieldCipher f = db.cipher;
        String t = AssessmentRepo.TABLE;
        Candidate[] last = new Candidate[1];
        // the assessment id stays text: it is only bound into each value's associated data
        db.each(OutcomeSql.pairs(q.by(), withAnswers), r -> new Candidate(r.str("rid"), r.str("k").trim(),
                r.str("iid"), r.str("ver"), r.str("tp"), r.str("aid"), r.bytes("tot"), r.bytes("ans")), c -> {
                    Candidate b = last[0];
                    last[0] = c;
                    // rows come by referral, instrument, then time point: END sorts before INTAKE
                    if (b == null || !b.rid().equals(c.rid()) || !b.iid().equals(c.iid()) || !b.ver().equals(c.ver())
                            || !b.tp().equals(org.dvpp.domain.casework.TimePoint.END.name())
                            || !c.tp().equals(org.dvpp.domain.casework.TimePoint.INTAKE.name())) {
                        return;
                    }
                    Candidate before = c;
                    Candidate after = b;
                    sink.accept(new org.dvpp.storage.spi.ScorePair(c.k(), c.iid(), c.ver(),
                            f.decryptOptional(t, before.aid(), "total_enc", before.tot()).map(java.math.BigDecimal::new),
                            f.decryptOptional(t, after.aid(), "total_enc", after.tot()).map(java.math.BigDecimal::new),
                            before.ans() == null ? Map.of()
                                    : Codec.frozenMap(f.decrypt(t, before.aid(), "answers_enc", before.ans())),
                            after.ans() == null ? Map.of()
                                    : Codec.frozenMap(f.decrypt(t, after.aid(), "answers_enc", after.ans()))));
                }, p.toArray());
    }

    /** One referral's latest assessment of an instrument at a time point, still encrypted. */
    private record Candidate(String rid, String k, String iid, String ver, String tp, String aid, byte[] tot,
            byte[] ans) {
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
