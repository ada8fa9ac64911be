package org.dvpp.programme.internal;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dvpp.curriculum.CompletionRule;
import org.dvpp.curriculum.Progress;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.casework.Case;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.domain.casework.MotivationCheckIn;
import org.dvpp.domain.group.Group;
import org.dvpp.domain.group.GroupSession;
import org.dvpp.domain.group.GroupStatus;
import org.dvpp.domain.group.SessionStatus;
import org.dvpp.domain.safety.RiskEvent;
import org.dvpp.programme.ActingUser;
import org.dvpp.programme.Alert;
import org.dvpp.programme.Alerts;
import org.dvpp.programme.Permission;
import org.dvpp.storage.spi.GroupOccupancy;
import org.dvpp.storage.spi.Transaction;

/** Alerts computed from the records on the clock's date. */
final class AlertsImpl implements Alerts {
    /** How far back a rise in risk is still news. */
    static final int RISK_WINDOW_DAYS = 14;
    /** How close to a group's last session a man who has not met his rule is flagged. */
    static final int DEADLINE_WINDOW_DAYS = 21;

    private final Kernel k;
    private final CurriculumSupport curricula;

    /**
     * @param kernel shared services
     * @param curricula the curricula in force
     */
    @Inject
    AlertsImpl(Kernel kernel, CurriculumSupport curricula) {
        this.k = kernel;
        this.curricula = curricula;
    }

    private static final Kernel.Op CURRENT = Kernel.Op.read("alerts.current", Permission.VIEW_ALERTS, "agency");

    @Override
    public List<Alert> current(ActingUser user) {
        LocalDate today = k.today();
        return k.run(user, CURRENT, c -> { }, tx -> {
            List<Alert> alerts = new ArrayList<>();
            for (Group g : tx.groups().list()) {
                if (g.status() == GroupStatus.CANCELLED) {
                    continue;
                }
                for (GroupSession s : tx.groupSessions().listForGroup(g.id())) {
                    if (s.status() != SessionStatus.CANCELLED && !s.registerTaken()
                            && s.scheduledStart().toLocalDate().isBefore(today)) {
                        alerts.add(new Alert(Alert.Kind.REGISTER_NOT_TAKEN, s.id().value(),
                                s.scheduledStart().toLocalDate(), "group " + g.name() + " session " + s.sequence()
                                        + " on " + s.scheduledStart().toLocalDate() + " has no register",
                                Optional.empty()));
                    }
                }
            }
            for (GroupOccupancy o : tx.reports().groupOccupancy()) {
                boolean open = o.status() == GroupStatus.PLANNED || o.status() == GroupStatus.RUNNING;
                if (open && o.free() > 0 && o.waiting() > 0) {
                    alerts.add(new Alert(Alert.Kind.PLACE_FREE_WITH_WAITING_LIST, o.group().value(), today, "group "
                            + o.name() + " has " + o.free() + " free place(s) and " + o.waiting() + " waiting",
                            Optional.empty()));
                }
            }
            for (CaseId id : tx.cases().idsWithStatus(CaseStatus.IN_PROGRAMME)) {
                caseAlerts(tx, tx.cases().get(id), today, alerts);
            }
            supportPlanReviews(tx, today, alerts);
            alerts.sort(Comparator.comparing(Alert::kind).thenComparing(Alert::raisedOn));
            return List.copyOf(alerts);
        });
    }

    /** Statuses in which a man's support plan is still worked on, so an overdue review is news. */
    private static final java.util.Set<CaseStatus> PLAN_IN_USE = java.util.EnumSet.of(CaseStatus.REFERRED,
            CaseStatus.SCREENING, CaseStatus.ASSESSMENT, CaseStatus.AWAITING_GROUP, CaseStatus.IN_PROGRAMME,
            CaseStatus.COMPLETED, CaseStatus.AFTERCARE, CaseStatus.SUSPENDED);

    /**
     * Each man's current support plan (the latest agreed) whose next review date (the earliest of its open or
     * in-progress goals) is before today: a review moves the dates on, and the alert goes.
     */
    private static void supportPlanReviews(Transaction tx, LocalDate today, List<Alert> alerts) {
        java.util.Map<CaseId, org.dvpp.domain.casework.SupportPlan> current = new java.util.LinkedHashMap<>();
        for (var plan : CaseDocuments.PLANS.listForAgency(tx)) {
            // documents come oldest first: a later plan replaces an earlier one unless it was agreed before it
            current.merge(plan.caseId(), plan, (a, b) -> b.agreedOn().isBefore(a.agreedOn()) ? a : b);
        }
        for (var plan : current.values()) {
            Optional<LocalDate> due = plan.nextReview();
            if (due.isEmpty() || !due.get().isBefore(today)) {
                continue;
            }
            Case c = tx.cases().get(plan.caseId());
            if (!PLAN_IN_USE.contains(c.status())) {
                continue;
            }
            alerts.add(new Alert(Alert.Kind.SUPPORT_PLAN_REVIEW_OVERDUE, plan.id().value(), due.get(), "case "
                    + c.id() + " support plan " + plan.id() + " was due for review on " + due.get()
                    + (plan.reviews().isEmpty() ? " and has never been reviewed"
                            : " (last reviewed " + plan.reviews().get(plan.reviews().size() - 1).reviewedOn() + ")"),
                    Optional.of(c.id().value())));
        }
    }

    private void caseAlerts(Transaction tx, Case c, LocalDate today, List<Alert> alerts) {
        Optional<UUID> about = Optional.of(c.id().value());
        Optional<CurriculumSupport.Standing> standing = curricula.standingOf(tx, c);
        if (standing.isPresent()) {
            // the latest period that has ended: a miss is news until the next period ends
            var ended = curricula.expected(standing.get(), today).stream()
                    .filter(e -> e.until().isBefore(today)).reduce((a, b) -> b);
            for (var e : ended.stream().toList()) {
                if (e.state() == org.dvpp.programme.Pathways.ExpectedOneToOne.State.MISSED) {
                    alerts.add(new Alert(Alert.Kind.ONE_TO_ONE_MISSED, c.id().value(), e.until(), "case " + c.id()
                            + " had no one-to-one from " + e.from() + " to " + e.until() + " (period " + e.number()
                            + " of his one-to-one cadence)", about));
                }
            }
        }
        if (standing.isPresent() && standing.get().group().isPresent()) {
            Progress p = standing.get().progress();
            Group g = standing.get().group().get();
            CompletionRule rule = standing.get().curriculum().completion();
            if (p.consecutiveUnexcused() >= rule.warnAfterConsecutiveUnexcused()) {
                alerts.add(new Alert(Alert.Kind.CONSECUTIVE_UNEXCUSED_ABSENCES, c.id().value(), today,
                        "case " + c.id() + " has missed " + p.consecutiveUnexcused()
                                + " sessions in a row without an accepted reason", about));
            }
            Optional<LocalDate> last = tx.groupSessions().listForGroup(g.id()).stream()
                    .filter(s -> s.status() != SessionStatus.CANCELLED)
                    .map(s -> s.scheduledStart().toLocalDate()).max(LocalDate::compareTo);
            if (!p.completed() && last.isPresent() && !last.get().isBefore(today)
                    && !last.get().isAfter(today.plusDays(DEADLINE_WINDOW_DAYS))) {
                alerts.add(new Alert(Alert.Kind.COMPLETION_DEADLINE_NEAR, c.id().value(), today, "case " + c.id()
                        + " has until " + last.get() + " and still needs: " + String.join("; ", p.unmet()), about));
            }
        }
        List<MotivationCheckIn> checkIns = tx.motivationCheckIns().listForCase(c.id()).stream()
                .sorted(Comparator.comparing(MotivationCheckIn::on)).toList();
        MotivationTrend trend = MotivationTrend.of(checkIns);
        if (trend.trend() == org.dvpp.programme.Casework.Trend.FALLING) {
            MotivationCheckIn last = checkIns.get(checkIns.size() - 1);
            alerts.add(new Alert(Alert.Kind.FALLING_MOTIVATION, c.id().value(), last.on(), "case " + c.id()
                    + " readiness is falling: " + trend.fittedChange().stripTrailingZeros().toPlainString()
                    + " points over the last " + trend.readings() + " check-ins (fitted trend)", about));
        }
        for (RiskEvent e : tx.riskEvents().listForCase(c.id())) {
            LocalDate on = LocalDate.ofInstant(e.occurredAt(), k.clock.getZone());
            if (e.isRise() && !on.isBefore(today.minusDays(RISK_WINDOW_DAYS))) {
                alerts.add(new Alert(Alert.Kind.RISING_RISK, c.id().value(), on, "case " + c.id() + " risk rose from "
                        + e.levelBefore() + " to " + e.levelAfter(), about));
            }
        }
    }
}
