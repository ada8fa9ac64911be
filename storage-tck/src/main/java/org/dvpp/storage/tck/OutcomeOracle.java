package org.dvpp.storage.tck;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dvpp.domain.casework.Case;
import org.dvpp.domain.casework.CaseCommand;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.domain.casework.CaseTransition;
import org.dvpp.domain.group.Allocation;
import org.dvpp.domain.group.Attendance;
import org.dvpp.domain.group.Group;
import org.dvpp.domain.group.OneToOneSession;
import org.dvpp.domain.participant.Participant;
import org.dvpp.domain.participant.Referral;
import org.dvpp.domain.safety.InformationSharingEntry;
import org.dvpp.domain.safety.PartnerSupportStatus;
import org.dvpp.domain.safety.PersonAtRisk;
import org.dvpp.domain.safety.Relationship;
import org.dvpp.domain.safety.RiskEvent;
import org.dvpp.domain.safety.SharingRecipient;
import org.dvpp.storage.spi.FunnelQuery;
import org.dvpp.storage.spi.FunnelRow;
import org.dvpp.storage.spi.OutcomeQuery;
import org.dvpp.storage.spi.OutcomeRow;
import org.dvpp.storage.spi.ReportDimension;
import org.dvpp.storage.spi.Transaction;

/**
 * The outcome report computed the slow way, from the repositories, one referral at a time, straight from the
 * definitions in {@link OutcomeRow}: a man's referrals in date order are his episodes 1, 2, ...; what happened under a
 * referral is what its episode's history records, and what is dated from the day it was received to the day before his
 * next referral.
 */
final class OutcomeOracle {
    private static final Set<Relationship> PARTNERS = Set.of(Relationship.PARTNER, Relationship.EX_PARTNER,
            Relationship.NEW_PARTNER);
    private static final Set<PartnerSupportStatus> CONTACTED = Set.of(PartnerSupportStatus.OFFERED,
            PartnerSupportStatus.ENGAGED, PartnerSupportStatus.DECLINED);

    private OutcomeOracle() {
    }

    /** One referral's figures. */
    private record Episode(Referral referral, String group, String curriculum, String groupName, boolean[] stages,
            boolean[] exits, Duration hours, long attended, long recorded, long days, boolean partnerContacted,
            boolean raised, boolean lowered, boolean marac, String pathway, Case c, LocalDate next) {
    }

    private static boolean in(LocalDate day, LocalDate from, LocalDate next) {
        return !day.isBefore(from) && (next == null || day.isBefore(next));
    }

    private static List<Episode> episodes(Transaction tx, List<Participant> men, LocalDate from, LocalDate to) {
        List<Episode> out = new ArrayList<>();
        for (Participant man : men) {
            List<Referral> refs = new ArrayList<>(tx.referrals().listForParticipant(man.id()));
            refs.sort(Comparator.comparing(Referral::receivedOn));
            List<Case> cases = tx.cases().listForParticipant(man.id());
            Case c = cases.isEmpty() ? null : cases.get(0);
            List<PersonAtRisk> people = tx.peopleAtRisk().listForParticipant(man.id());
            boolean contacted = people.stream().anyMatch(p -> PARTNERS.contains(p.relationship())
                    && CONTACTED.contains(p.supportStatus()));
            for (int k = 0; k < refs.size(); k++) {
                Referral r = refs.get(k);
                LocalDate rec = r.receivedOn();
                LocalDate next = k + 1 < refs.size() ? refs.get(k + 1).receivedOn() : null;
                if (rec.isBefore(from) || !rec.isBefore(to)) {
                    continue;
                }
                int ep = k + 1;
                List<CaseTransition> h = c == null ? List.of()
                        : c.history().stream().filter(t -> t.episode() == ep).toList();
                boolean[] st = {
                    has(h, CaseCommand.COMPLETE_SCREENING, null), has(h, CaseCommand.COMPLETE_SCREENING,
                            CaseStatus.ASSESSMENT), has(h, CaseCommand.DECIDE_SUITABILITY, null),
                    has(h, CaseCommand.DECIDE_SUITABILITY, CaseStatus.AWAITING_GROUP),
                    has(h, CaseCommand.START_PROGRAMME, null), has(h, CaseCommand.COMPLETE, CaseStatus.COMPLETED)};
                boolean[] ex = {
                    has(h, CaseCommand.COMPLETE_SCREENING, CaseStatus.INELIGIBLE),
                    has(h, CaseCommand.DECIDE_SUITABILITY, CaseStatus.UNSUITABLE),
                    has(h, CaseCommand.WITHDRAW, CaseStatus.WITHDRAWN), has(h, CaseCommand.EXCLUDE, CaseStatus.EXCLUDED),
                    has(h, CaseCommand.RETURN_TO_REFERRER, CaseStatus.RETURNED_TO_REFERRER)};
                long days = h.stream().filter(t -> t.command().equals(CaseCommand.START_PROGRAMME))
                        .map(t -> ChronoUnit.DAYS.between(rec, LocalDate.ofInstant(t.at(), ZoneOffset.UTC)))
                        .findFirst().orElse(0L);
                Duration hours = Duration.ZERO;
                long attended = 0;
                long recorded = 0;
                String group = "";
                String curriculum = "";
                String groupName = "";
                boolean inGroup = false;
                boolean oneToOnePlace = false;
                boolean raised = false;
                boolean lowered = false;
                boolean marac = false;
                if (c != null) {
                    for (Attendance a : tx.groupSessions().attendanceForCase(c.id())) {
                        LocalDate day = tx.groupSessions().find(a.session()).orElseThrow().scheduledStart()
                                .toLocalDate();
                        if (in(day, rec, next)) {
                            hours = hours.plus(a.credited());
                            attended += a.status().attended() ? 1 : 0;
                            recorded++;
                        }
                    }
                    for (OneToOneSession o : tx.oneToOnes().listForCase(c.id())) {
                        if (in(o.date(), rec, next)) {
                            hours = hours.plus(o.credited());
                        }
                    }
                    for (RiskEvent e : tx.riskEvents().listForCase(c.id())) {
                        if (in(LocalDate.ofInstant(e.occurredAt(), ZoneOffset.UTC), rec, next)) {
                            raised |= e.levelAfter().compareTo(e.levelBefore()) > 0;
                            lowered |= e.levelAfter().compareTo(e.levelBefore()) < 0;
                        }
                    }
                    for (InformationSharingEntry s : tx.informationSharing().listForCase(c.id())) {
                        marac |= s.recipient() == SharingRecipient.MARAC && in(s.sharedOn(), rec, next);
                    }
                    Allocation first = tx.allocations().forCase(c.id()).stream()
                            .filter(a -> in(a.allocatedOn(), rec, next))
                            .min(Comparator.comparing(Allocation::allocatedOn)
                                    .thenComparing(a -> a.group().value().toString()))
                            .orElse(null);
                    inGroup = first != null;
                    oneToOnePlace = tx.oneToOnePlaces().forCase(c.id()).stream()
                            .anyMatch(p -> in(p.startedOn(), rec, next));
                    if (first != null) {
                        Group g = tx.groups().get(first.group());
                        group = g.id().value().toString();
                        curriculum = g.curriculumId();
                        groupName = g.name();
                    }
                }
                String pathway = inGroup && oneToOnePlace ? ReportDimension.PATHWAY_BOTH
                        : inGroup ? ReportDimension.PATHWAY_GROUP
                        : oneToOnePlace ? ReportDimension.PATHWAY_ONE_TO_ONE : "";
                out.add(new Episode(r, group, curriculum, groupName, st, ex, hours, attended, recorded, days,
                        contacted, raised, lowered, marac, pathway, c, next));
            }
        }
        return out;
    }

    private static boolean has(List<CaseTransition> h, String command, CaseStatus to) {
        return h.stream().anyMatch(t -> t.command().equals(command) && (to == null || t.to() == to));
    }

    private static long n(boolean b) {
        return b ? 1 : 0;
    }

    /**
     * @param tx a transaction of the agency
     * @param men every man of the agency
     * @param q the query
     * @return the rows the report must return
     */
    static List<OutcomeRow> outcomes(Transaction tx, List<Participant> men, OutcomeQuery q) {
        Map<String, List<Episode>> byKey = new TreeMap<>();
        for (Episode e : episodes(tx, men, q.from(), q.toExclusive())) {
            String key = key(e, q.by());
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        List<OutcomeRow> rows = new ArrayList<>();
        byKey.forEach((key, list) -> {
            long[] st = new long[6];
            long[] ex = new long[5];
            long reached = 0;
            Duration hours = Duration.ZERO;
            long att = 0;
            long rec = 0;
            long days = 0;
            long pc = 0;
            long raised = 0;
            long lowered = 0;
            long marac = 0;
            Long[] bands = new Long[OutcomeRow.HOURS_BANDS];
            java.util.Arrays.fill(bands, 0L);
            for (Episode e : list) {
                for (int i = 0; i < st.length; i++) {
                    st[i] += n(e.stages()[i]);
                }
                for (int i = 0; i < ex.length; i++) {
                    ex[i] += n(e.exits()[i]);
                }
                raised += n(e.raised());
                lowered += n(e.lowered());
                marac += n(e.marac());
                if (e.stages()[4]) {
                    reached += n(e.hours().compareTo(q.hoursTarget()) >= 0);
                    hours = hours.plus(e.hours());
                    att += e.attended();
                    rec += e.recorded();
                    days += e.days();
                    pc += n(e.partnerContacted());
                    bands[OutcomeRow.band(e.hours())]++;
                }
            }
            Map<CaseStatus, Long> exits = new EnumMap<>(CaseStatus.class);
            for (int i = 0; i < ex.length; i++) {
                exits.put(OutcomeRow.EXIT_STATUSES.get(i), ex[i]);
            }
            String label = q.by() == ReportDimension.GROUP ? list.get(0).groupName() : key;
            rows.add(new OutcomeRow(key, label, list.size(), st[0], st[1], st[2], st[3], st[4], st[5], exits, reached,
                    hours, att, rec, days, pc, raised, lowered, marac, List.of(bands)));
        });
        return rows;
    }

    private static String key(Episode e, ReportDimension by) {
        return switch (by) {
            case TOTAL -> "TOTAL";
            case AREA -> e.referral().areaOfResidence();
            case SOURCE -> e.referral().source().name();
            case CURRICULUM -> e.curriculum();
            case GROUP -> e.group();
            case PATHWAY -> e.pathway();
        };
    }

    /**
     * The pre/post pairs as {@link org.dvpp.storage.spi.ScorePair} defines them, one referral at a time: of his own
     * assessments dated under the referral, per instrument the latest intake and the latest end (by date, then id as
     * text), paired when taken with one version.
     *
     * @param tx a transaction of the agency
     * @param men every man of the agency
     * @param q the period and breakdown
     * @param withAnswers instruments whose answers are included
     * @return the pairs, sorted by their text form with scores
     */
    static List<String> pairs(Transaction tx, List<Participant> men, OutcomeQuery q, Set<String> withAnswers) {
        List<String> out = new ArrayList<>();
        Comparator<org.dvpp.domain.casework.AssessmentRecord> latest = Comparator
                .comparing(org.dvpp.domain.casework.AssessmentRecord::completedOn)
                .thenComparing(a -> a.id().value().toString());
        for (Episode e : episodes(tx, men, q.from(), q.toExclusive())) {
            if (e.c() == null) {
                continue;
            }
            Map<String, List<org.dvpp.domain.casework.AssessmentRecord>> byInstrument = new TreeMap<>();
            for (var a : tx.assessments().listForCase(e.c().id())) {
                if (a.informant() == org.dvpp.domain.casework.Informant.PARTICIPANT
                        && in(a.completedOn(), e.referral().receivedOn(), e.next())) {
                    byInstrument.computeIfAbsent(a.instrumentId(), k -> new ArrayList<>()).add(a);
                }
            }
            byInstrument.forEach((id, list) -> {
                var intake = list.stream().filter(a -> a.timePoint() == org.dvpp.domain.casework.TimePoint.INTAKE)
                        .max(latest);
                var end = list.stream().filter(a -> a.timePoint() == org.dvpp.domain.casework.TimePoint.END)
                        .max(latest);
                if (intake.isPresent() && end.isPresent()
                        && intake.get().instrumentVersion().equals(end.get().instrumentVersion())) {
                    boolean answers = withAnswers.contains(id);
                    out.add(text(new org.dvpp.storage.spi.ScorePair(key(e, q.by()), id,
                            intake.get().instrumentVersion(), intake.get().total(), end.get().total(),
                            answers ? intake.get().answers() : Map.of(), answers ? end.get().answers() : Map.of())));
                }
            });
        }
        out.sort(null);
        return out;
    }

    /**
     * @param p a pair
     * @return its text form with its scores and answers, for comparing pairs as a multiset
     */
    static String text(org.dvpp.storage.spi.ScorePair p) {
        return p.key() + "|" + p.instrumentId() + "|" + p.instrumentVersion() + "|" + p.before() + "|" + p.after()
                + "|" + new TreeMap<>(p.beforeAnswers()) + "|" + new TreeMap<>(p.afterAnswers());
    }

    /**
     * @param tx a transaction of the agency
     * @param men every man of the agency
     * @param q the period
     * @return the funnel rows the report must return
     */
    static List<FunnelRow> funnel(Transaction tx, List<Participant> men, FunnelQuery q) {
        Map<String, List<Episode>> byKey = new TreeMap<>();
        for (Episode e : episodes(tx, men, q.from(), q.toExclusive())) {
            byKey.computeIfAbsent(e.referral().areaOfResidence() + "\u0000" + e.referral().source().name(),
                    k -> new ArrayList<>()).add(e);
        }
        List<FunnelRow> rows = new ArrayList<>();
        byKey.forEach((key, list) -> {
            String[] k = key.split("\u0000");
            Map<CaseStatus, Long> exits = new EnumMap<>(CaseStatus.class);
            for (int i = 0; i < OutcomeRow.EXIT_STATUSES.size(); i++) {
                int idx = i;
                exits.put(OutcomeRow.EXIT_STATUSES.get(i), list.stream().filter(e -> e.exits()[idx]).count());
            }
            long[] st = new long[6];
            for (Episode e : list) {
                for (int i = 0; i < st.length; i++) {
                    st[i] += n(e.stages()[i]);
                }
            }
            rows.add(new FunnelRow(k[0], org.dvpp.domain.participant.ReferralSource.valueOf(k[1]), list.size(), st[0],
                    st[2], st[3], st[4], st[5], exits));
        });
        rows.sort(Comparator.comparing(FunnelRow::area).thenComparing(FunnelRow::source));
        return rows;
    }
}
