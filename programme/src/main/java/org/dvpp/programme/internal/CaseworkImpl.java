package org.dvpp.programme.internal;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.RecordId;
import org.dvpp.domain.RuleCodes;
import org.dvpp.domain.casework.ChildContact;
import org.dvpp.domain.casework.FamilyCircumstances;
import org.dvpp.domain.casework.GoalStatus;
import org.dvpp.domain.casework.MotivationCheckIn;
import org.dvpp.domain.casework.MotivationSource;
import org.dvpp.domain.casework.MotivationSources;
import org.dvpp.domain.casework.NeedLevel;
import org.dvpp.domain.casework.NeedsAssessment;
import org.dvpp.domain.casework.PlanReview;
import org.dvpp.domain.casework.SupportGoal;
import org.dvpp.domain.casework.SupportPlan;
import org.dvpp.domain.participant.EqualityMonitoring;
import org.dvpp.programme.ActingUser;
import org.dvpp.programme.Casework;
import org.dvpp.programme.Permission;
import org.dvpp.storage.spi.AuditAction;
import org.dvpp.storage.spi.Transaction;

/** Needs, support plans, motivation, family circumstances and equality monitoring, kept as casework documents. */
final class CaseworkImpl implements Casework {
    private final Kernel k;
    private final Set<String> needAreas;

    @Inject
    CaseworkImpl(Kernel kernel, Settings settings) {
        this.k = kernel;
        this.needAreas = settings.needAreas();
    }

    private static final Kernel.Op ASSESS_NEEDS = Kernel.Op.write("casework.assessNeeds", Permission.RECORD_NEEDS,
            AuditAction.CREATE, "case");
    private static final Kernel.Op NEEDS = Kernel.Op.read("casework.needsAssessments", Permission.VIEW_NEEDS, "case");
    private static final Kernel.Op AGREE_PLAN = Kernel.Op.write("casework.agreeSupportPlan", Permission.RECORD_NEEDS,
            AuditAction.CREATE, "case");
    private static final Kernel.Op REVIEW_PLAN = Kernel.Op.write("casework.reviewSupportPlan",
            Permission.RECORD_NEEDS, AuditAction.UPDATE, "support-plan");
    private static final Kernel.Op PLANS = Kernel.Op.read("casework.supportPlans", Permission.VIEW_NEEDS, "case");
    private static final Kernel.Op MOTIVATION_SOURCES = Kernel.Op.write("casework.recordMotivationSources",
            Permission.RECORD_NEEDS, AuditAction.CREATE, "case");
    private static final Kernel.Op MOTIVATION = Kernel.Op.read("casework.motivation", Permission.VIEW_NEEDS, "case");
    private static final Kernel.Op CHECK_INS = Kernel.Op.read("casework.checkIns", Permission.VIEW_CASE, "case");
    private static final Kernel.Op RECORD_FAMILY = Kernel.Op.write("casework.recordFamily",
            Permission.MANAGE_PEOPLE_AT_RISK, AuditAction.CREATE, "case");
    private static final Kernel.Op FAMILY = Kernel.Op.read("casework.family", Permission.VIEW_NEEDS, "case");
    private static final Kernel.Op EQUALITY = Kernel.Op.write("casework.recordEquality", Permission.RECORD_EQUALITY,
            AuditAction.CREATE, "case");

    private void knownAreas(Kernel.Checks ch, String field, java.util.Collection<String> areas) {
        for (String a : areas) {
            if (a != null && !needAreas.contains(a)) {
                ch.check(() -> {
                    throw new InvalidInputException(field, "known-need-area", field
                            + " holds an area that is not one of the agency's need areas " + needAreas);
                });
            }
        }
    }

    @Override
    public NeedsAssessment assessNeeds(ActingUser user, CaseId caseId, NeedsInput in) {
        return k.run(user, ASSESS_NEEDS, "caseId", caseId, ch -> {
            ch.valid("needs", in);
            if (in != null && in.needs() != null) {
                knownAreas(ch, "needs.needs", in.needs().keySet());
                ch.notInFuture("needs.assessedOn", in.assessedOn(), k.today());
            }
        }, tx -> {
            tx.cases().get(caseId);
            NeedsAssessment a = new NeedsAssessment(RecordId.random(), user.agency(), caseId, in.assessedOn(),
                    in.needs(), in.notes(), user.id());
            CaseDocuments.NEEDS.insert(tx, a.id(), caseId, user.id(), k.now(), a);
            return a;
        });
    }

    @Override
    public List<NeedsAssessment> needsAssessments(ActingUser user, CaseId caseId) {
        return k.run(user, NEEDS, "caseId", caseId, ch -> { }, tx -> {
            tx.cases().get(caseId);
            return CaseDocuments.NEEDS.list(tx, caseId);
        });
    }

    @Override
    public SupportPlan agreeSupportPlan(ActingUser user, CaseId caseId, PlanInput in) {
        return k.run(user, AGREE_PLAN, "caseId", caseId, ch -> {
            ch.valid("plan", in);
            if (in != null && in.goals() != null) {
                knownAreas(ch, "plan.goals.need", in.goals().stream().map(GoalInput::need).toList());
                ch.notInFuture("plan.agreedOn", in.agreedOn(), k.today());
            }
        }, tx -> {
            tx.cases().get(caseId);
            NeedsAssessment needs = CaseDocuments.NEEDS.latest(tx, caseId).orElseThrow(() -> new InvalidInputException(
                    "caseId", "needs-assessed", "a support plan needs a needs assessment first"));
            List<SupportGoal> goals = new ArrayList<>();
            for (GoalInput g : in.goals()) {
                NeedLevel level = needs.needs().getOrDefault(g.need(), NeedLevel.NONE);
                if (level != NeedLevel.SOME && level != NeedLevel.HIGH) {
                    throw new InvalidInputException("plan.goals.need", "assessed-need", "goal for '" + g.need()
                            + "': the needs assessment of " + needs.assessedOn() + " found no need there");
                }
                goals.add(new SupportGoal(g.need(), g.goal(), g.reviewBy(), GoalStatus.OPEN));
            }
            SupportPlan plan = new SupportPlan(RecordId.random(), user.agency(), caseId, in.agreedOn(), goals,
                    List.of(), user.id());
            CaseDocuments.PLANS.insert(tx, plan.id(), caseId, user.id(), k.now(), plan);
            return plan;
        });
    }

    @Override
    public SupportPlan reviewSupportPlan(ActingUser user, RecordId planId, PlanReviewInput in) {
        return k.run(user, REVIEW_PLAN, "planId", planId, ch -> {
            ch.valid("review", in);
            if (in != null) {
                ch.notInFuture("review.reviewedOn", in.reviewedOn(), k.today());
            }
        }, tx -> {
            CaseDocuments.Stored<SupportPlan> stored = CaseDocuments.PLANS.get(tx, planId, "support plan");
            SupportPlan plan = stored.value();
            tx.cases().get(plan.caseId());
            int n = plan.goals().size();
            if (in.statuses().size() != n || in.nextReviews().size() != n) {
                throw new InvalidInputException("review.statuses", "one-per-goal", "the plan has " + n
                        + " goal(s): give a status and a next review date for each, in order");
            }
            List<SupportGoal> goals = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                SupportGoal g = plan.goals().get(i);
                goals.add(new SupportGoal(g.need(), g.goal(), in.nextReviews().get(i), in.statuses().get(i)));
            }
            List<PlanReview> reviews = new ArrayList<>(plan.reviews());
            reviews.add(new PlanReview(in.reviewedOn(), user.id(), in.note()));
            SupportPlan next = new SupportPlan(plan.id(), plan.agency(), plan.caseId(), plan.agreedOn(), goals,
                    reviews, plan.agreedBy());
            return CaseDocuments.PLANS.update(tx, stored, next);
        });
    }

    @Override
    public List<SupportPlan> supportPlans(ActingUser user, CaseId caseId) {
        return k.run(user, PLANS, "caseId", caseId, ch -> { }, tx -> {
            tx.cases().get(caseId);
            return CaseDocuments.PLANS.list(tx, caseId);
        });
    }

    @Override
    public MotivationSources recordMotivationSources(ActingUser user, CaseId caseId, MotivationInput in) {
        return k.run(user, MOTIVATION_SOURCES, "caseId", caseId, ch -> {
            ch.valid("sources", in);
            if (in != null) {
                ch.notInFuture("sources.on", in.on(), k.today());
            }
        }, tx -> {
            tx.cases().get(caseId);
            MotivationSources m = new MotivationSources(RecordId.random(), user.agency(), caseId, in.on(),
                    in.sources(), in.main(), in.note(), user.id());
            CaseDocuments.MOTIVATION.insert(tx, m.id(), caseId, user.id(), k.now(), m);
            return m;
        });
    }

    @Override
    public MotivationHistory motivation(ActingUser user, CaseId caseId) {
        return k.run(user, MOTIVATION, "caseId", caseId, ch -> { }, tx -> {
            tx.cases().get(caseId);
            List<MotivationSources> sources = CaseDocuments.MOTIVATION.list(tx, caseId).stream()
                    .sorted(java.util.Comparator.comparing(MotivationSources::on)).toList();
            List<SourceChange> changes = new ArrayList<>();
            for (int i = 1; i < sources.size(); i++) {
                Set<MotivationSource> before = sources.get(i - 1).sources();
                Set<MotivationSource> after = sources.get(i).sources();
                Set<MotivationSource> gained = EnumSet.noneOf(MotivationSource.class);
                Set<MotivationSource> lost = EnumSet.noneOf(MotivationSource.class);
                after.stream().filter(s -> !before.contains(s)).forEach(gained::add);
                before.stream().filter(s -> !after.contains(s)).forEach(lost::add);
                changes.add(new SourceChange(sources.get(i).on(), Set.copyOf(gained), Set.copyOf(lost)));
            }
            List<MotivationCheckIn> checkIns = checkIns(tx, caseId);
            MotivationTrend t = MotivationTrend.of(checkIns);
            return new MotivationHistory(sources, changes, checkIns, t.trend(), t.slope(), t.readings());
        });
    }

    private static List<MotivationCheckIn> checkIns(Transaction tx, CaseId caseId) {
        return tx.motivationCheckIns().listForCase(caseId).stream()
                .sorted(java.util.Comparator.comparing(MotivationCheckIn::on)).toList();
    }

    @Override
    public List<MotivationCheckIn> checkIns(ActingUser user, CaseId caseId) {
        return k.run(user, CHECK_INS, "caseId", caseId, ch -> { }, tx -> {
            tx.cases().get(caseId);
            return checkIns(tx, caseId);
        });
    }

    @Override
    public FamilyCircumstances recordFamily(ActingUser user, CaseId caseId, FamilyInput in) {
        return k.run(user, RECORD_FAMILY, "caseId", caseId, ch -> {
            ch.valid("family", in);
            if (in != null) {
                ch.notInFuture("family.on", in.on(), k.today());
            }
        }, tx -> {
            tx.cases().get(caseId);
            List<ChildContact> children = in.contactArrangements().stream().map(c -> new ChildContact(c.child(),
                    c.kind(), c.courtOrdered(), c.details())).toList();
            if (!in.parentStatus().isParent() && !children.isEmpty()) {
                throw new InvalidInputException("family.contactArrangements", "parent-status", "contact arrangements "
                        + "need a parent status that is a parent (not " + in.parentStatus() + ")");
            }
            FamilyCircumstances f = new FamilyCircumstances(RecordId.random(), user.agency(), caseId, in.on(),
                    java.util.Optional.of(in.parentStatus()), children, user.id());
            CaseDocuments.FAMILY.insert(tx, f.id(), caseId, user.id(), k.now(), f);
            return f;
        });
    }

    @Override
    public List<FamilyCircumstances> family(ActingUser user, CaseId caseId) {
        return k.run(user, FAMILY, "caseId", caseId, ch -> { }, tx -> {
            tx.cases().get(caseId);
            return CaseDocuments.FAMILY.list(tx, caseId);
        });
    }

    @Override
    public RecordId recordEquality(ActingUser user, CaseId caseId, EqualityInput in) {
        return k.run(user, EQUALITY, "caseId", caseId, ch -> {
            ch.valid("answers", in);
            if (in != null && in.answers() != null) {
                ch.notInFuture("answers.on", in.on(), k.today());
                for (Map.Entry<org.dvpp.domain.participant.ProtectedCharacteristic, String> e : in.answers()
                        .entrySet()) {
                    if (!e.getKey().answers().contains(e.getValue())) {
                        ch.check(() -> {
                            throw new InvalidInputException("answers." + e.getKey().name(), RuleCodes.ALLOWED_VALUE,
                                    e.getKey().name() + " accepts " + e.getKey().answers());
                        });
                    }
                }
            }
        }, tx -> {
            tx.cases().get(caseId);
            EqualityMonitoring m = new EqualityMonitoring(RecordId.random(), user.agency(), caseId, in.on(),
                    in.answers(), user.id());
            CaseDocuments.EQUALITY.insert(tx, m.id(), caseId, user.id(), k.now(), m);
            return m.id();
        });
    }
}
