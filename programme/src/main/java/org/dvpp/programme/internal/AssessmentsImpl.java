package org.dvpp.programme.internal;

import jakarta.inject.Inject;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dvpp.assessment.Answers;
import org.dvpp.assessment.Instrument;
import org.dvpp.assessment.InstrumentRegistry;
import org.dvpp.assessment.ReliableChange;
import org.dvpp.assessment.ScoreResult;
import org.dvpp.curriculum.Curriculum;
import org.dvpp.domain.AssessmentId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.casework.AssessmentRecord;
import org.dvpp.domain.casework.Case;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.domain.casework.CaseTransition;
import org.dvpp.domain.casework.TimePoint;
import org.dvpp.domain.safety.MaracCriterion;
import org.dvpp.domain.safety.RiskEventKind;
import org.dvpp.domain.safety.RiskLevel;
import org.dvpp.programme.ActingUser;
import org.dvpp.programme.Assessments;
import org.dvpp.programme.Permission;
import org.dvpp.storage.spi.AuditAction;
import org.dvpp.storage.spi.Transaction;

/** Assessments scored with the instruments. */
final class AssessmentsImpl implements Assessments {
    /** The DASH instrument's id among the built-ins. */
    static final String DASH = "dash-ric";

    private final Kernel k;
    private final InstrumentRegistry instruments;
    private final CurriculumSupport curricula;
    private final RiskRecorder risk;

    @Inject
    AssessmentsImpl(Kernel kernel, InstrumentRegistry instruments, CurriculumSupport curricula, RiskRecorder risk) {
        this.k = kernel;
        this.instruments = instruments;
        this.curricula = curricula;
        this.risk = risk;
    }

    private static final Kernel.Op RECORD = Kernel.Op.write("assessments.record", Permission.ASSESS,
            AuditAction.CREATE, "case");
    private static final Kernel.Op LIST = Kernel.Op.read("assessments.list", Permission.ASSESS, "case");
    private static final Kernel.Op CHANGE = Kernel.Op.read("assessments.change", Permission.ASSESS, "case");

    @Override
    public RecordedAssessment record(ActingUser user, CaseId caseId, NewAssessment in) {
        return k.run(user, RECORD, "caseId", caseId, ch -> ch.valid("assessment", in)
                .notInFuture("assessment.completedOn", in == null ? null : in.completedOn(), k.today()), tx -> {
            Instrument instrument = instrument(in.instrumentId(), "assessment.instrumentId");
            ScoreResult result = instrument.score(Answers.parse(in.answers()));
            Case c = tx.cases().get(caseId);
            AssessmentRecord rec = new AssessmentRecord(AssessmentId.random(), user.agency(), caseId,
                    result.instrumentId(), result.instrumentVersion(), in.timePoint(), in.completedOn(), in.answers(),
                    result.total().map(t -> t.toBigDecimal(4).setScale(4, RoundingMode.HALF_UP)),
                    result.band().map(ScoreResult.BandResult::code), user.id());
            tx.assessments().insert(rec);
            if (DASH.equals(result.instrumentId())) {
                risk.record(tx, user, caseId, RiskEventKind.ASSESSMENT,
                        in.completedOn().atStartOfDay().toInstant(ZoneOffset.UTC), dashLevel(result),
                        dashCriteria(result), "DASH risk checklist");
            }
            return new RecordedAssessment(rec.id(), result, window(tx, c, in.timePoint(), in.completedOn()));
        });
    }

    static RiskLevel dashLevel(ScoreResult r) {
        String band = r.band().map(ScoreResult.BandResult::code).orElse("");
        if (band.equals("high") || r.hasFlag("visible-high-risk") || r.gate("marac-referral").map(
                ScoreResult.GateOutcome::met).orElse(false)) {
            return RiskLevel.HIGH;
        }
        return band.equals("medium") ? RiskLevel.MEDIUM : RiskLevel.STANDARD;
    }

    static Set<MaracCriterion> dashCriteria(ScoreResult r) {
        Set<MaracCriterion> out = EnumSet.noneOf(MaracCriterion.class);
        if (r.hasFlag("visible-high-risk")) {
            out.add(MaracCriterion.VISIBLE_HIGH_RISK);
        }
        if (r.hasFlag("professional-judgement")) {
            out.add(MaracCriterion.PROFESSIONAL_JUDGEMENT);
        }
        if (r.hasFlag("potential-escalation")) {
            out.add(MaracCriterion.POTENTIAL_ESCALATION);
        }
        if (r.hasFlag("repeat-referral")) {
            out.add(MaracCriterion.REPEAT);
        }
        return out;
    }

    /** The outcome windows: intake before the start, mid-point and end around the planned programme, follow-up at six months. */
    private WindowCheck window(Transaction tx, Case c, TimePoint point, LocalDate on) {
        Optional<LocalDate> started = transitionDate(c, CaseStatus.IN_PROGRAMME);
        Optional<LocalDate> ended = c.history().stream()
                .filter(t -> t.episode() == c.episode() && t.from() == CaseStatus.IN_PROGRAMME
                        && t.to() != CaseStatus.SUSPENDED)
                .map(t -> LocalDate.ofInstant(t.at(), ZoneOffset.UTC)).reduce((a, b) -> b);
        int weeks = CurriculumSupport.allocationOf(tx, c).map(a -> tx.groups().get(a.group()))
                .map(g -> curricula.catalogue().get(g.curriculumId())).map(AssessmentsImpl::plannedWeeks).orElse(12);
        switch (point) {
            case INTAKE -> {
                boolean within = started.map(s -> !on.isAfter(s)).orElse(true);
                return new WindowCheck(within, "intake: on or before the start"
                        + started.map(s -> " (" + s + ")").orElse(""));
            }
            case MID_POINT -> {
                if (started.isEmpty()) {
                    return new WindowCheck(false, "mid-point: he has not started");
                }
                LocalDate mid = started.get().plusWeeks(weeks / 2);
                return between("mid-point", on, mid.minusWeeks(2), mid.plusWeeks(2));
            }
            case END -> {
                if (started.isEmpty()) {
                    return new WindowCheck(false, "end: he has not started");
                }
                LocalDate end = ended.orElse(started.get().plusWeeks(weeks));
                return between("end", on, end.minusWeeks(2), end.plusWeeks(4));
            }
            case FOLLOW_UP -> {
                if (ended.isEmpty()) {
                    return new WindowCheck(false, "follow-up: the programme has not ended");
                }
                LocalDate due = ended.get().plusMonths(6);
                return between("follow-up", on, due.minusMonths(1), due.plusMonths(1));
            }
            default -> {
                return new WindowCheck(true, "ad hoc: no window");
            }
        }
    }

    private static int plannedWeeks(Curriculum c) {
        return c.sessionCount() * c.delivery().everyWeeks();
    }

    private static WindowCheck between(String name, LocalDate on, LocalDate from, LocalDate to) {
        boolean within = !on.isBefore(from) && !on.isAfter(to);
        return new WindowCheck(within, name + " window " + from + " to " + to);
    }

    private static Optional<LocalDate> transitionDate(Case c, CaseStatus to) {
        return c.history().stream().filter(t -> t.episode() == c.episode() && t.to() == to)
                .map(CaseTransition::at).findFirst().map(i -> LocalDate.ofInstant(i, ZoneOffset.UTC));
    }

    @Override
    public List<AssessmentRecord> list(ActingUser user, CaseId caseId) {
        return k.run(user, LIST, "caseId", caseId, ch -> { }, tx -> records(tx, caseId));
    }

    @Override
    public ReliableChange.Result change(ActingUser user, CaseId caseId, String instrumentId, TimePoint from,
            TimePoint to) {
        return k.run(user, CHANGE, "caseId", caseId, ch -> ch.text("instrumentId", instrumentId, 80)
                .required("from", from).required("to", to), tx -> {
                    Instrument instrument = instrument(instrumentId, "instrumentId");
                    List<AssessmentRecord> records = records(tx, caseId).stream()
                            .filter(r -> r.instrumentId().equals(instrumentId)).toList();
                    AssessmentRecord before = latest(records, from, "from");
                    AssessmentRecord after = latest(records, to, "to");
                    return ReliableChange.assess(instrument, instrument.score(Answers.parse(before.answers())),
                            instrument.score(Answers.parse(after.answers())));
                });
    }

    private Instrument instrument(String id, String field) {
        return instruments.find(id).orElseThrow(() -> new InvalidInputException(field, "known-instrument",
                "no instrument '" + id + "'"));
    }

    private static List<AssessmentRecord> records(Transaction tx, CaseId caseId) {
        tx.cases().get(caseId);
        return tx.assessments().listForCase(caseId).stream()
                .sorted(Comparator.comparing(AssessmentRecord::completedOn)).toList();
    }

    private static AssessmentRecord latest(List<AssessmentRecord> records, TimePoint point, String field) {
        return records.stream().filter(r -> r.timePoint() == point).max(Comparator.comparing(
                AssessmentRecord::completedOn)).orElseThrow(() -> new InvalidInputException(field, "recorded",
                "no " + point + " assessment with this instrument is recorded"));
    }
}
