package org.dvpp.programme.internal;

import jakarta.inject.Inject;
import org.dvpp.curriculum.Progress;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.casework.Case;
import org.dvpp.domain.casework.CaseCommand;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.domain.casework.Guard;
import org.dvpp.domain.casework.IllegalTransitionException;
import org.dvpp.programme.ActingUser;
import org.dvpp.programme.Completion;
import org.dvpp.programme.Permission;
import org.dvpp.storage.spi.AuditAction;

/** Progress and completion by the curriculum's rule. */
final class CompletionImpl implements Completion {
    private final Kernel k;
    private final CurriculumSupport curricula;

    /**
     * @param kernel shared services
     * @param curricula the curricula in force
     */
    @Inject
    CompletionImpl(Kernel kernel, CurriculumSupport curricula) {
        this.k = kernel;
        this.curricula = curricula;
    }

    private static final Kernel.Op PROGRESS = Kernel.Op.read("completion.progress", Permission.VIEW_CASE, "case");
    private static final Kernel.Op SCHEDULE = Kernel.Op.read("completion.schedule", Permission.VIEW_CASE, "case");
    private static final Kernel.Op COMPLETE = Kernel.Op.write("completion.complete", Permission.MANAGE_CASE,
            AuditAction.UPDATE, "case");

    @Override
    public Progress progress(ActingUser user, CaseId caseId) {
        return k.run(user, PROGRESS, "caseId", caseId, c -> { }, tx -> curricula.progressOf(tx, tx.cases().get(caseId)).orElseThrow(() ->
                new InvalidInputException("caseId", "has-a-place", "case " + caseId + " has never had a group place or a one-to-one pathway")));
    }

    @Override
    public Case complete(ActingUser user, CaseId caseId) {
        return k.run(user, COMPLETE, "caseId", caseId, ch -> { }, tx -> {
            Case c = tx.cases().get(caseId);
            if (c.status() != CaseStatus.IN_PROGRAMME) {
                throw new IllegalTransitionException(caseId, c.status(), "complete", Guard.TRANSITION_ALLOWED);
            }
            Progress p = curricula.progressOf(tx, c).orElseThrow();
            if (!p.completed()) {
                throw new IllegalTransitionException(caseId, c.status(), "complete (" + String.join("; ", p.unmet())
                        + ")", Guard.COMPLETION_RULE_MET);
            }
            Case after = k.handle(tx, user, caseId, new CaseCommand.Complete(true, "curriculum rule met: "
                    + p.coveredSessions().size() + " sessions, " + p.totalTime().toMinutes() + " minutes"));
            CasesImpl.freePlaces(tx, caseId);
            return after;
        });
    }

    @Override
    public java.util.List<Meeting> schedule(ActingUser user, CaseId caseId) {
        return k.run(user, SCHEDULE, "caseId", caseId, ch -> { }, tx -> {
            Case c = tx.cases().get(caseId);
            if (CurriculumSupport.oneToOnePlaceOf(tx, c).isPresent()) {
                return java.util.List.<Meeting>of();
            }
            var allocation = CurriculumSupport.allocationOf(tx, c).orElseThrow(() -> new InvalidInputException(
                    "caseId", "has-a-place", "case " + caseId + " has never had a group place"));
            var group = tx.groups().get(allocation.group());
            var curriculum = curricula.catalogue().get(group.curriculumId());
            var lines = new java.util.HashMap<org.dvpp.domain.SessionId, org.dvpp.domain.group.AttendanceStatus>();
            tx.groupSessions().attendanceForCase(caseId).forEach(a -> lines.put(a.session(), a.status()));
            var pass = CurriculumSupport.dueOnly(CurriculumSupport.pass(tx.groupSessions().listForGroup(group.id()),
                    allocation, curriculum, lines.keySet()), curriculum, !curriculum.fatheringSessions().isEmpty()
                            && CurriculumSupport.isParent(tx, caseId));
            return pass.stream().map(s -> new Meeting(s.id(), s.sequence(), s.curriculumSession(),
                    curriculum.session(s.curriculumSession()).title(), s.scheduledStart(), s.status(),
                    curriculum.fatheringSessions().contains(s.curriculumSession()),
                    java.util.Optional.ofNullable(lines.get(s.id())))).toList();
        });
    }
}
