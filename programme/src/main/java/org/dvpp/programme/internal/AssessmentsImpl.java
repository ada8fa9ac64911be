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
import org.dvpp.domain.casework.CompletionEvaluation;
import org.dvpp.domain.casework.Informant;
import org.dvpp.domain.casework.PartnerReportedOutcome;
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
        return k.run(user, RECORD, "caseId", caseId, ch -> {
            ch.valid("assessment", in).notInFuture("assessment.completedOn", in == null ? null : in.completedOn(),
                    k.today());
            if (in != null && in.informant() == Informant.PARTNER) {
                ch.check(() -> {
                    throw new InvalidInputException("assessment.informant", "allowed-value", "a partner's account is "
                            + "recorded with assessments().recordPartnerReport, apart from his own assessments");
                });
            }
        }, tx -> {
            Instrument instrument = instrument(in.instrumentId(), "assessment.instrumentId");
            ScoreResult result = instrument.score(Answers.parse(in.answers()));
            Case c = tx.cases().get(caseId);
            AssessmentRecord rec = new AssessmentRecord(AssessmentId.random(), user.agency(), caseId,
                    result.instrumentId(), result.instrumentVersion(), in.timePoint(), in.completedOn(), in.answers(),
                    result.total().map(t -> t.toBigDecimal(4).setScale(4, RoundingMode.HALF_UP)),
                    result.band().map(ScoreResult.BandResult::code), user.id(), in.informant());
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
                    instrument(instrumentId, "instrumentId");
                    List<AssessmentRecord> records = records(tx, caseId).stream()
                            .filter(r -> r.instrumentId().equals(instrumentId))
                            .filter(r -> r.informant() == Informant.PARTICIPANT).toList();
                    AssessmentRecord before = latest(records, from, "from");
                    AssessmentRecord after = latest(records, to, "to");
                    if (!before.instrumentVersion().equals(after.instrumentVersion())) {
                        throw new InvalidInputException("to", "same-instrument-version", "the " + from
                                + " assessment was taken with " + instrumentId + " " + before.instrumentVersion()
                                + " and the " + to + " one with " + after.instrumentVersion()
                                + ": reliable change compares results of one version");
                    }
                    Instrument instrument = version(instrumentId, before.instrumentVersion(), "instrumentId");
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

    private static final Kernel.Op EXPLAIN = Kernel.Op.read("assessments.explain", Permission.ASSESS, "assessment");
    private static final Kernel.Op PARTNER = Kernel.Op.write("assessments.recordPartnerReport",
            Permission.RECORD_PARTNER_OUTCOMES, AuditAction.CREATE, "case");
    private static final Kernel.Op PARTNER_LIST = Kernel.Op.read("assessments.partnerReports",
            Permission.VIEW_PARTNER_OUTCOMES, "case");
    private static final Kernel.Op EVALUATE = Kernel.Op.write("assessments.evaluateCompletion", Permission.ASSESS,
            AuditAction.CREATE, "case");
    private static final Kernel.Op EVALUATIONS = Kernel.Op.read("assessments.evaluations", Permission.ASSESS, "case");

    /** The named version of an instrument, never another in its place. */
    private Instrument version(String id, String version, String field) {
        return instruments.find(id, version).orElseThrow(() -> new InvalidInputException(field,
                "known-instrument-version", "instrument '" + id + "' version " + version
                        + " is not registered (registered: " + instruments.versions(id) + "); it is not re-scored "
                        + "with another version"));
    }

    @Override
    public ExplainedAssessment explain(ActingUser user, AssessmentId assessment) {
        return k.run(user, EXPLAIN, "assessment", assessment, ch -> { }, tx -> {
            AssessmentRecord r = tx.assessments().find(assessment).orElseThrow(() -> new org.dvpp.domain
                    .NotFoundException("assessment", assessment));
            tx.cases().get(r.caseId());
            Instrument instrument = version(r.instrumentId(), r.instrumentVersion(), "assessment");
            return new ExplainedAssessment(r.id(), r.instrumentId(), r.instrumentVersion(), r.informant(),
                    Optional.of(instrument.score(Answers.parse(r.answers()))));
        });
    }

    @Override
    public PartnerReportedOutcome recordPartnerReport(ActingUser user, CaseId caseId, PartnerReport in) {
        return k.run(user, PARTNER, "caseId", caseId, ch -> ch.valid("report", in).notInFuture("report.completedOn",
                in == null ? null : in.completedOn(), k.today()), tx -> {
                    Case c = tx.cases().get(caseId);
                    if (in.person().isPresent()) {
                        boolean his = tx.peopleAtRisk().find(in.person().get())
                                .filter(p -> p.participant().equals(c.participant())).isPresent();
                        if (!his) {
                            throw new InvalidInputException("report.person", "person-of-this-case",
                                    "report.person is not a person at risk recorded in this case");
                        }
                    }
                    Instrument instrument = instrument(in.instrumentId(), "report.instrumentId");
                    ScoreResult result = instrument.score(Answers.parse(in.answers()));
                    PartnerReportedOutcome o = new PartnerReportedOutcome(org.dvpp.domain.RecordId.random(),
                            user.agency(), caseId, in.person(), result.instrumentId(), result.instrumentVersion(),
                            in.timePoint(), in.completedOn(), in.answers(),
                            result.total().map(t -> t.toBigDecimal(4).setScale(4, RoundingMode.HALF_UP)),
                            result.band().map(ScoreResult.BandResult::code), user.id());
                    CaseDocuments.PARTNER_OUTCOMES.insert(tx, o.id(), caseId, user.id(), k.now(), o);
                    return o;
                });
    }

    @Override
    public List<PartnerReportedOutcome> partnerReports(ActingUser user, CaseId caseId) {
        return k.run(user, PARTNER_LIST, "caseId", caseId, ch -> { }, tx -> {
            tx.cases().get(caseId);
            return CaseDocuments.PARTNER_OUTCOMES.list(tx, caseId).stream()
                    .sorted(Comparator.comparing(PartnerReportedOutcome::completedOn)).toList();
        });
    }

    @Override
    public CompletionEvaluation evaluateCompletion(ActingUser user, CaseId caseId, EvaluationInput in) {
        return k.run(user, EVALUATE, "caseId", caseId, ch -> ch.valid("evaluation", in).notInFuture(
                "evaluation.evaluatedOn", in == null ? null : in.evaluatedOn(), k.today()), tx -> {
                    Case c = tx.cases().get(caseId);
                    boolean completed = c.history().stream().anyMatch(t -> t.episode() == c.episode()
                            && t.to() == CaseStatus.COMPLETED);
                    if (!completed) {
                        throw new InvalidInputException("caseId", "completed", "a completion evaluation needs him to "
                                + "have completed the programme (case status " + c.status() + ")");
                    }
                    List<Scored> own = new java.util.ArrayList<>();
                    for (AssessmentRecord r : records(tx, caseId)) {
                        own.add(new Scored(r.instrumentId(), r.instrumentVersion(), r.informant(), r.timePoint(),
                                r.completedOn(), r.answers()));
                    }
                    List<Scored> partner = new java.util.ArrayList<>();
                    for (PartnerReportedOutcome o : CaseDocuments.PARTNER_OUTCOMES.list(tx, caseId)) {
                        partner.add(new Scored(o.instrumentId(), o.instrumentVersion(), Informant.PARTNER,
                                o.timePoint(), o.completedOn(), o.answers()));
                    }
                    CompletionEvaluation e = new CompletionEvaluation(org.dvpp.domain.RecordId.random(),
                            user.agency(), caseId, in.evaluatedOn(), in.whatChanged(), changes(own), changes(partner),
                            user.id());
                    CaseDocuments.EVALUATIONS.insert(tx, e.id(), caseId, user.id(), k.now(), e);
                    return e;
                });
    }

    @Override
    public List<CompletionEvaluation> evaluations(ActingUser user, CaseId caseId) {
        return k.run(user, EVALUATIONS, "caseId", caseId, ch -> { }, tx -> {
            tx.cases().get(caseId);
            return CaseDocuments.EVALUATIONS.list(tx, caseId);
        });
    }

    /** One account on one instrument, whoever gave it. */
    private record Scored(String instrumentId, String version, Informant informant, TimePoint point, LocalDate on,
            java.util.Map<String, String> answers) {
    }

    /** Per instrument and informant: intake to end, and intake to follow-up, each pair with its own version. */
    private List<org.dvpp.domain.casework.InstrumentChange> changes(List<Scored> all) {
        List<org.dvpp.domain.casework.InstrumentChange> out = new java.util.ArrayList<>();
        java.util.Map<String, java.util.Map<Informant, List<Scored>>> grouped = new java.util.TreeMap<>();
        for (Scored s : all) {
            grouped.computeIfAbsent(s.instrumentId(), x -> new java.util.EnumMap<>(Informant.class))
                    .computeIfAbsent(s.informant(), x -> new java.util.ArrayList<>()).add(s);
        }
        grouped.forEach((id, byInformant) -> byInformant.forEach((informant, list) -> {
            Optional<Scored> intake = latestAt(list, TimePoint.INTAKE);
            if (intake.isEmpty()) {
                return;
            }
            for (TimePoint to : List.of(TimePoint.END, TimePoint.FOLLOW_UP)) {
                latestAt(list, to).ifPresent(after -> out.add(change(intake.get(), after)));
            }
        }));
        return out;
    }

    private static Optional<Scored> latestAt(List<Scored> list, TimePoint point) {
        return list.stream().filter(s -> s.point() == point).max(Comparator.comparing(Scored::on));
    }

    private org.dvpp.domain.casework.InstrumentChange change(Scored before, Scored after) {
        if (!before.version().equals(after.version())) {
            return new org.dvpp.domain.casework.InstrumentChange(before.instrumentId(), after.version(),
                    before.informant(), before.point(), after.point(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), "not compared: " + before.point()
                            + " was taken with version " + before.version() + " and " + after.point() + " with "
                            + after.version());
        }
        Optional<Instrument> instrument = instruments.find(before.instrumentId(), before.version());
        if (instrument.isEmpty()) {
            return new org.dvpp.domain.casework.InstrumentChange(before.instrumentId(), before.version(),
                    before.informant(), before.point(), after.point(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), "not compared: version " + before.version()
                            + " is not registered");
        }
        ScoreResult b = instrument.get().score(Answers.parse(before.answers()));
        ScoreResult a = instrument.get().score(Answers.parse(after.answers()));
        Optional<java.math.BigDecimal> tb = b.total().map(t -> t.toBigDecimal(4));
        Optional<java.math.BigDecimal> ta = a.total().map(t -> t.toBigDecimal(4));
        Optional<java.math.BigDecimal> diff = tb.isPresent() && ta.isPresent() ? Optional.of(ta.get().subtract(tb.get()))
                : Optional.empty();
        try {
            ReliableChange.Result r = ReliableChange.assess(instrument.get(), b, a);
            return new org.dvpp.domain.casework.InstrumentChange(before.instrumentId(), before.version(),
                    before.informant(), before.point(), after.point(), tb, ta, Optional.of(r.change().toBigDecimal(4)),
                    r.index(), Optional.of(r.outcome().name()), r.explanation());
        } catch (InvalidInputException notAssessable) {
            return new org.dvpp.domain.casework.InstrumentChange(before.instrumentId(), before.version(),
                    before.informant(), before.point(), after.point(), tb, ta, diff, Optional.empty(),
                    Optional.empty(), "no reliable-change verdict: " + notAssessable.violations().get(0).message());
        }
    }
}
