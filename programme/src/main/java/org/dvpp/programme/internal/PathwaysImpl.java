package org.dvpp.programme.internal;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.dvpp.curriculum.Curriculum;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.casework.Case;
import org.dvpp.domain.casework.CaseCommand;
import org.dvpp.domain.casework.CaseLifecycle;
import org.dvpp.domain.casework.Guard;
import org.dvpp.domain.casework.IllegalTransitionException;
import org.dvpp.domain.group.AllocationStatus;
import org.dvpp.domain.group.OneToOnePlace;
import org.dvpp.programme.ActingUser;
import org.dvpp.programme.Pathways;
import org.dvpp.programme.Permission;
import org.dvpp.storage.spi.AuditAction;

/** One-to-one-only pathways and expected one-to-ones. */
final class PathwaysImpl implements Pathways {
    private final Kernel k;
    private final CurriculumSupport curricula;

    /**
     * @param kernel shared services
     * @param curricula the curricula in force
     */
    @Inject
    PathwaysImpl(Kernel kernel, CurriculumSupport curricula) {
        this.k = kernel;
        this.curricula = curricula;
    }

    private static final Kernel.Op START = Kernel.Op.write("pathways.startOneToOne", Permission.MANAGE_GROUPS,
            AuditAction.UPDATE, "case");
    private static final Kernel.Op EXPECTED = Kernel.Op.read("pathways.expectedOneToOnes", Permission.VIEW_CASE,
            "case");

    @Override
    public Case startOneToOne(ActingUser user, CaseId caseId, String curriculumId) {
        return k.run(user, START, "caseId", caseId, c -> c.text("curriculumId", curriculumId, 80), tx -> {
            Curriculum curriculum = curricula.catalogue().find(curriculumId).orElseThrow(() ->
                    new InvalidInputException("curriculumId", "known-curriculum", "no curriculum '" + curriculumId
                            + "'"));
            if (curriculum.oneToOnePathway().isEmpty()) {
                throw new InvalidInputException("curriculumId", "has-one-to-one-pathway", "curriculum "
                        + curriculumId + " declares no one-to-one-only pathway");
            }
            Case c = tx.cases().get(caseId);
            Set<Guard> failing = CaseLifecycle.failingStartGuards(c);
            if (!failing.isEmpty()) {
                Guard first = failing.stream().filter(x -> x != Guard.TRANSITION_ALLOWED).findFirst()
                        .orElse(Guard.TRANSITION_ALLOWED);
                throw new IllegalTransitionException(c.id(), c.status(), "start-programme (failing: " + failing + ")",
                        first);
            }
            Case after = k.handle(tx, user, caseId, new CaseCommand.StartOneToOnePathway(curriculumId));
            tx.oneToOnePlaces().insert(new OneToOnePlace(user.agency(), caseId, curriculumId, k.today(),
                    AllocationStatus.ACTIVE));
            CasesImpl.leaveWaitingLists(tx, caseId);
            return after;
        });
    }

    @Override
    public List<ExpectedOneToOne> expectedOneToOnes(ActingUser user, CaseId caseId) {
        return k.run(user, EXPECTED, "caseId", caseId, c -> { }, tx -> curricula.standingOf(tx, tx.cases().get(caseId))
                .map(st -> curricula.expected(st, k.today())).orElseThrow(() -> new InvalidInputException("caseId",
                        "has-a-place", "case " + caseId + " has never had a group place or a one-to-one pathway")));
    }
}
