package org.dvpp.storage.jdbc.internal;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.dvpp.domain.casework.CaseCommand;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.domain.group.AttendanceStatus;
import org.dvpp.domain.safety.PartnerSupportStatus;
import org.dvpp.domain.safety.Relationship;
import org.dvpp.domain.safety.RiskLevel;
import org.dvpp.domain.safety.SharingRecipient;
import org.dvpp.storage.spi.OutcomeRow;
import org.dvpp.storage.spi.ReportDimension;

/**
 * The outcome report as one SQL statement. The unit is the referral: CTE {@code x} holds the referrals of the period
 * with the day the man's next referral was received ({@code nxt}); every other CTE gives one row per referral of what
 * happened under it, and the final select aggregates per key. Command codes, statuses and levels come from the domain's
 * own constants, so a renamed code cannot silently drop out of the report.
 *
 * <p>Parameters, in order: agency, from, toExclusive, then the agency once for each of the CTEs t, ga, oo, pc, rk, mc
 * and (for CURRICULUM and GROUP) fa and the group join, then the hours target in nanoseconds.
 */
final class OutcomeSql {
    private static final String DAY = "86400000000000";

    private OutcomeSql() {
    }

    /** @return the number of agency parameters after the period */
    static int agencyParams(ReportDimension by) {
        return 6 + keyParams(by);
    }

    /** @return the agency parameters the breakdown's own CTEs and joins take */
    static int keyParams(ReportDimension by) {
        return needsGroup(by) ? 2 : by == ReportDimension.PATHWAY ? 2 : 0;
    }

    private static boolean needsGroup(ReportDimension by) {
        return by == ReportDimension.CURRICULUM || by == ReportDimension.GROUP;
    }

    /**
     * The referrals of the period (agency, from, toExclusive), each with the day the man's next referral was received
     * (the earliest of his later episodes', by a window over the agency's referrals: a correlated subquery here was
     * run again for every joined row).
     */
    static final String REFERRALS = "x AS (SELECT * FROM (SELECT r.id AS rid, r.participant_id AS pid, "
            + "r.case_id AS cid, r.episode AS ep, r.received_on AS rec, r.area_of_residence AS area, "
            + "r.ref_source AS src, CASE WHEN r.case_id IS NULL THEN NULL ELSE MIN(r.received_on) OVER ("
            + "PARTITION BY r.case_id ORDER BY r.episode ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) END AS nxt "
            + "FROM referral r WHERE r.agency_id = ?" + Db.visible("r.agency_id", "r.participant_id", false)
            + ") w WHERE w.rec >= ? AND w.rec < ?), ";

    /**
     * @param by the breakdown
     * @return the CTEs its key needs (each ending in a comma): the first group allocation under the referral for
     *     CURRICULUM and GROUP, the pathways taken under it for PATHWAY (one agency parameter each)
     */
    static String keyCtes(ReportDimension by) {
        StringBuilder sb = new StringBuilder();
        if (needsGroup(by)) {
            sb.append("fa AS (SELECT x.rid, MIN(CAST(al.group_id AS CHAR(36))) AS gid FROM x JOIN allocation al ")
                    .append("ON al.agency_id = ? AND al.case_id = x.cid WHERE ")
                    .append(span("al.allocated_on", "x.rec", "x.nxt"))
                    .append(" AND al.allocated_on = (SELECT MIN(a2.allocated_on) FROM allocation a2 ")
                    .append("WHERE a2.agency_id = al.agency_id AND a2.case_id = al.case_id AND ")
                    .append(span("a2.allocated_on", "x.rec", "x.nxt")).append(") GROUP BY x.rid), ");
        } else if (by == ReportDimension.PATHWAY) {
            sb.append("pg AS (SELECT DISTINCT x.rid FROM x JOIN allocation al ON al.agency_id = ? ")
                    .append("AND al.case_id = x.cid WHERE ").append(span("al.allocated_on", "x.rec", "x.nxt"))
                    .append("), po AS (SELECT DISTINCT x.rid FROM x JOIN one_to_one_place op ON op.agency_id = ? ")
                    .append("AND op.case_id = x.cid WHERE ").append(span("op.started_on", "x.rec", "x.nxt"))
                    .append("), ");
        }
        return sb.toString();
    }

    /**
     * @param by the breakdown
     * @return the joins its key needs after {@code FROM x} (one agency parameter for CURRICULUM and GROUP)
     */
    static String keyJoins(ReportDimension by) {
        if (needsGroup(by)) {
            return " LEFT JOIN fa ON fa.rid = x.rid LEFT JOIN dv_group g ON g.agency_id = ? "
                    + "AND CAST(g.id AS CHAR(36)) = fa.gid";
        }
        if (by == ReportDimension.PATHWAY) {
            return " LEFT JOIN pg ON pg.rid = x.rid LEFT JOIN po ON po.rid = x.rid";
        }
        return "";
    }

    /**
     * @param by the breakdown (not null)
     * @return the key's expression over x and the key joins
     */
    static String key(ReportDimension by) {
        return switch (by) {
            case TOTAL -> "'TOTAL'";
            case AREA -> "x.area";
            case SOURCE -> "x.src";
            case CURRICULUM -> "COALESCE(g.curriculum_id, '')";
            case GROUP -> "COALESCE(fa.gid, '')";
            case PATHWAY -> "CASE WHEN pg.rid IS NOT NULL AND po.rid IS NOT NULL THEN " + q(PATHWAY_BOTH)
                    + " WHEN pg.rid IS NOT NULL THEN " + q(PATHWAY_GROUP) + " WHEN po.rid IS NOT NULL THEN "
                    + q(PATHWAY_ONE_TO_ONE) + " ELSE '' END";
        };
    }

    /** The keys of the pathway breakdown. */
    static final String PATHWAY_GROUP = ReportDimension.PATHWAY_GROUP;
    static final String PATHWAY_ONE_TO_ONE = ReportDimension.PATHWAY_ONE_TO_ONE;
    static final String PATHWAY_BOTH = ReportDimension.PATHWAY_BOTH;

    /**
     * The candidates of the pre/post pairs (see {@code ScorePair}): per referral of the period, instrument and time
     * point (intake, end), his latest assessment under the referral, ordered by referral, instrument and time point,
     * so that the caller pairs neighbouring rows taken with one version in one pass (a self-join of the windowed rows
     * made PostgreSQL loop over them). Parameters: agency, from, toExclusive, the key's agency parameters
     * ({@link #keyParams}), then the agency twice more.
     *
     * @param by the breakdown
     * @param withAnswers instruments whose answers are selected too (ids are plain: letters, digits, hyphens)
     * @return the statement
     */
    static String pairs(ReportDimension by, java.util.Set<String> withAnswers) {
        String answers = withAnswers.isEmpty() ? "NULL"
                : "CASE WHEN a.instrument_id IN " + withAnswers.stream().sorted().map(OutcomeSql::q)
                        .collect(Collectors.joining(",", "(", ")")) + " THEN a.answers_enc END";
        StringBuilder sb = new StringBuilder(3000);
        sb.append("WITH ").append(REFERRALS).append(keyCtes(by));
        sb.append("k AS (SELECT x.rid, x.cid, x.rec, x.nxt, ").append(key(by)).append(" AS k FROM x")
                .append(keyJoins(by)).append("), ");
        sb.append("s AS (SELECT k.rid, k.k, a.id AS aid, a.instrument_id AS iid, a.instrument_version AS ver, ")
                .append("a.time_point AS tp, ")
                .append("ROW_NUMBER() OVER (PARTITION BY k.rid, a.instrument_id, a.time_point ")
                .append("ORDER BY a.completed_on DESC, CAST(a.id AS CHAR(36)) DESC) AS rn ")
                .append("FROM k JOIN assessment a ON a.agency_id = ? AND a.case_id = k.cid AND a.voided = FALSE ")
                .append("AND a.informant = ").append(q(org.dvpp.domain.casework.Informant.PARTICIPANT.name()))
                .append(" AND a.time_point IN ")
                .append(in(org.dvpp.domain.casework.TimePoint.INTAKE, org.dvpp.domain.casework.TimePoint.END))
                .append(" AND a.completed_on >= k.rec AND (k.nxt IS NULL OR a.completed_on < k.nxt)) ");
        // the window sorts narrow rows; the ciphertexts of the chosen ones are joined afterwards
        sb.append("SELECT s.rid, s.k, s.iid, s.ver, s.tp, s.aid, a.total_enc AS tot, ").append(answers)
                .append(" AS ans FROM s JOIN assessment a ON a.agency_id = ? AND a.id = s.aid WHERE s.rn = 1 ")
                .append("ORDER BY s.rid, s.iid, s.tp");
        return sb.toString();
    }

    private static String q(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    private static String in(Enum<?>... values) {
        return Arrays.stream(values).map(v -> q(v.name())).collect(Collectors.joining(",", "(", ")"));
    }

    private static String flag(String condition) {
        return "MAX(CASE WHEN " + condition + " THEN 1 ELSE 0 END)";
    }

    private static String cmd(String code) {
        return "ct.command = " + q(code);
    }

    private static String to(CaseStatus s) {
        return "ct.to_status = " + q(s.name());
    }

    private static String rank(String col) {
        StringBuilder sb = new StringBuilder("CASE ").append(col);
        for (RiskLevel l : RiskLevel.values()) {
            sb.append(" WHEN ").append(q(l.name())).append(" THEN ").append(l.ordinal());
        }
        return sb.append(" END").toString();
    }

    private static String span(String col, String lo, String hi) {
        return col + " >= " + lo + " AND (x.nxt IS NULL OR " + col + " < " + hi + ")";
    }

    /**
     * @param d the dialect
     * @param by the breakdown ({@code null} for the funnel's area-and-source breakdown)
     * @return the statement
     */
    static String build(Dialect d, ReportDimension by) {
        AttendanceStatus[] attended = Arrays.stream(AttendanceStatus.values()).filter(AttendanceStatus::attended)
                .toArray(AttendanceStatus[]::new);
        StringBuilder sb = new StringBuilder(6000);
        sb.append("WITH ").append(REFERRALS);
        sb.append("t AS (SELECT x.rid, ")
                .append(flag(cmd(CaseCommand.COMPLETE_SCREENING))).append(" AS screened, ")
                .append(flag(cmd(CaseCommand.COMPLETE_SCREENING) + " AND " + to(CaseStatus.ASSESSMENT)))
                .append(" AS eligible, ")
                .append(flag(cmd(CaseCommand.DECIDE_SUITABILITY))).append(" AS assessed, ")
                .append(flag(cmd(CaseCommand.DECIDE_SUITABILITY) + " AND " + to(CaseStatus.AWAITING_GROUP)))
                .append(" AS suitable, ")
                .append(flag(cmd(CaseCommand.START_PROGRAMME))).append(" AS started, ")
                .append("MIN(CASE WHEN ").append(cmd(CaseCommand.START_PROGRAMME))
                .append(" THEN ct.at_nanos END) AS started_at, ")
                .append(flag(cmd(CaseCommand.COMPLETE) + " AND " + to(CaseStatus.COMPLETED))).append(" AS completed, ")
                .append(flag(cmd(CaseCommand.COMPLETE_SCREENING) + " AND " + to(CaseStatus.INELIGIBLE)))
                .append(" AS x_inel, ")
                .append(flag(cmd(CaseCommand.DECIDE_SUITABILITY) + " AND " + to(CaseStatus.UNSUITABLE)))
                .append(" AS x_unsu, ")
                .append(flag(cmd(CaseCommand.WITHDRAW) + " AND " + to(CaseStatus.WITHDRAWN))).append(" AS x_with, ")
                .append(flag(cmd(CaseCommand.EXCLUDE) + " AND " + to(CaseStatus.EXCLUDED))).append(" AS x_excl, ")
                .append(flag(cmd(CaseCommand.RETURN_TO_REFERRER) + " AND " + to(CaseStatus.RETURNED_TO_REFERRER)))
                .append(" AS x_retu ")
                .append("FROM x JOIN case_transition ct ON ct.agency_id = ? AND ct.case_id = x.cid ")
                .append("AND ct.episode = x.ep GROUP BY x.rid), ");
        String day = "CAST(s.scheduled_start AS DATE)";
        sb.append("ga AS (SELECT x.rid, SUM(a.credited_nanos) AS gn, SUM(CASE WHEN a.status IN ")
                .append(in(attended)).append(" THEN 1 ELSE 0 END) AS att, COUNT(*) AS recn ")
                .append("FROM x JOIN attendance a ON a.agency_id = ? AND a.case_id = x.cid AND a.voided = FALSE ")
                .append("JOIN group_session s ON s.agency_id = a.agency_id AND s.id = a.session_id WHERE ")
                .append(span(day, "x.rec", "x.nxt")).append(" GROUP BY x.rid), ");
        sb.append("oo AS (SELECT x.rid, SUM(o.duration_nanos) AS onn FROM x JOIN one_to_one o ON o.agency_id = ? ")
                .append("AND o.case_id = x.cid WHERE o.status IN ").append(in(attended)).append(" AND ")
                .append(span("o.on_date", "x.rec", "x.nxt")).append(" GROUP BY x.rid), ");
        sb.append("pc AS (SELECT DISTINCT p.participant_id AS pid FROM person_at_risk p WHERE p.agency_id = ? ")
                .append("AND p.relationship IN ")
                .append(in(Relationship.PARTNER, Relationship.EX_PARTNER, Relationship.NEW_PARTNER))
                .append(" AND p.support_status IN ")
                .append(in(PartnerSupportStatus.OFFERED, PartnerSupportStatus.ENGAGED, PartnerSupportStatus.DECLINED))
                .append("), ");
        String lo = d.epochDay("x.rec") + " * " + DAY;
        String hi = d.epochDay("x.nxt") + " * " + DAY;
        sb.append("rk AS (SELECT x.rid, ")
                .append(flag(rank("e.level_after") + " > " + rank("e.level_before"))).append(" AS raised, ")
                .append(flag(rank("e.level_after") + " < " + rank("e.level_before"))).append(" AS lowered ")
                .append("FROM x JOIN risk_event e ON e.agency_id = ? AND e.case_id = x.cid WHERE ")
                .append(span("e.occurred_at_nanos", lo, hi)).append(" GROUP BY x.rid), ");
        sb.append("mc AS (SELECT x.rid, 1 AS marac FROM x JOIN sharing_entry se ON se.agency_id = ? ")
                .append("AND se.case_id = x.cid WHERE se.recipient = ").append(q(SharingRecipient.MARAC.name()))
                .append(" AND ").append(span("se.shared_on", "x.rec", "x.nxt")).append(" GROUP BY x.rid), ");
        sb.append(keyCtes(by));
        String key;
        String label;
        if (by == null) {
            key = "x.area AS k, x.src AS k2";
            label = "x.area";
        } else {
            key = key(by) + " AS k";
            label = by == ReportDimension.GROUP ? "COALESCE(g.name, '')" : key(by);
        }
        sb.append("y AS (SELECT x.rid, ").append(key).append(", ").append(label).append(" AS lbl, ")
                .append("COALESCE(t.screened, 0) AS screened, COALESCE(t.eligible, 0) AS eligible, ")
                .append("COALESCE(t.assessed, 0) AS assessed, COALESCE(t.suitable, 0) AS suitable, ")
                .append("COALESCE(t.started, 0) AS started, COALESCE(t.completed, 0) AS completed, ")
                .append("COALESCE(t.x_inel, 0) AS x_inel, COALESCE(t.x_unsu, 0) AS x_unsu, ")
                .append("COALESCE(t.x_with, 0) AS x_with, COALESCE(t.x_excl, 0) AS x_excl, ")
                .append("COALESCE(t.x_retu, 0) AS x_retu, ")
                .append("COALESCE(ga.gn, 0) + COALESCE(oo.onn, 0) AS hn, COALESCE(ga.att, 0) AS att, ")
                .append("COALESCE(ga.recn, 0) AS recn, CASE WHEN t.started_at IS NULL THEN 0 ELSE ")
                .append(d.epochDayOfNanos("t.started_at")).append(" - ").append(d.epochDay("x.rec"))
                .append(" END AS days, CASE WHEN pc.pid IS NULL THEN 0 ELSE 1 END AS pcon, ")
                .append("COALESCE(rk.raised, 0) AS raised, COALESCE(rk.lowered, 0) AS lowered, ")
                .append("COALESCE(mc.marac, 0) AS marac FROM x LEFT JOIN t ON t.rid = x.rid ")
                .append("LEFT JOIN ga ON ga.rid = x.rid LEFT JOIN oo ON oo.rid = x.rid ")
                .append("LEFT JOIN pc ON pc.pid = x.pid LEFT JOIN rk ON rk.rid = x.rid LEFT JOIN mc ON mc.rid = x.rid");
        sb.append(keyJoins(by));
        sb.append(") SELECT ").append(by == ReportDimension.TOTAL ? "'TOTAL' AS k" : "k")
                .append(by == null ? ", k2" : "").append(", MIN(lbl) AS lbl, COUNT(*) AS referred, ")
                .append("SUM(screened) AS screened, SUM(eligible) AS eligible, SUM(assessed) AS assessed, ")
                .append("SUM(suitable) AS suitable, SUM(started) AS started, SUM(completed) AS completed, ")
                .append("SUM(x_inel) AS x_inel, SUM(x_unsu) AS x_unsu, SUM(x_with) AS x_with, ")
                .append("SUM(x_excl) AS x_excl, SUM(x_retu) AS x_retu, ")
                .append("SUM(CASE WHEN started = 1 AND hn >= ? THEN 1 ELSE 0 END) AS reached, ")
                .append("SUM(CASE WHEN started = 1 THEN hn ELSE 0 END) AS hours, ")
                .append("SUM(CASE WHEN started = 1 THEN att ELSE 0 END) AS att, ")
                .append("SUM(CASE WHEN started = 1 THEN recn ELSE 0 END) AS recn, ")
                .append("SUM(CASE WHEN started = 1 THEN days ELSE 0 END) AS days, ")
                .append("SUM(CASE WHEN started = 1 THEN pcon ELSE 0 END) AS pcon, ")
                .append("SUM(raised) AS raised, SUM(lowered) AS lowered, SUM(marac) AS marac");
        long w = OutcomeRow.HOURS_BAND_WIDTH.toNanos();
        for (int b = 0; b < OutcomeRow.HOURS_BANDS; b++) {
            sb.append(", SUM(CASE WHEN started = 1 AND hn >= ").append(b * w);
            if (b < OutcomeRow.HOURS_BANDS - 1) {
                sb.append(" AND hn < ").append((b + 1) * w);
            }
            sb.append(" THEN 1 ELSE 0 END) AS band").append(b);
        }
        sb.append(" FROM y");
        if (by == null) {
            sb.append(" GROUP BY k, k2");
        } else if (by != ReportDimension.TOTAL) {
            sb.append(" GROUP BY k");
        }
        return sb.toString();
    }
}
