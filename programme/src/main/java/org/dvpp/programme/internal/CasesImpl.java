package org.dvpp.programme.internal;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.ConsentId;
import org.dvpp.domain.agency.Agency;
import org.dvpp.domain.casework.Case;
import org.dvpp.domain.casework.CaseCommand;
import org.dvpp.domain.casework.CaseLifecycle;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.domain.casework.EligibilityOutcome;
import org.dvpp.domain.casework.Guard;
import org.dvpp.domain.casework.SuitabilityDecision;
import org.dvpp.domain.group.Allocation;
import org.dvpp.domain.participant.Consent;
import org.dvpp.domain.participant.Participant;
import org.dvpp.domain.participant.Referral;
import org.dvpp.programme.ActingUser;
import org.dvpp.programme.Cases;
import org.dvpp.programme.EligibilityFacts;
import org.dvpp.programme.EligibilityRule;
import org.dvpp.programme.EligibilityVerdict;
import org.dvpp.programme.Permission;
import org.dvpp.programme.ScreeningAnswers;
import org.dvpp.storage.spi.AuditAction;
import org.dvpp.storage.spi.Transaction;

/** A case through its lifecycle. */
final class CasesImpl implements Cases {
    private final Kernel k;
    private final List<EligibilityRule> rules;

    /**
     * @param kernel shared services
     * @param rules the eligibility rules
     */
    @Inject
    CasesImpl(Kernel kernel, EligibilityRuleSet rules) {
        this.k = kernel;
        this.rules = rules.rules();
    }

    @Override
    public Case get(ActingUser user, CaseId caseId) {
        k.require(user, Permission.VIEW_CASE);
        Checks.required(caseId, "caseId");
        return k.read(user, tx -> tx.cases().get(caseId));
    }

    @Override
    public ScreeningResult screen(ActingUser user, CaseId caseId, ScreeningAnswers answers) {
        k.require(user, Permission.SCREEN);
        Checks.required(caseId, "caseId");
        k.validator.check("answers", answers);
        return k.write(user, tx -> {
            Case c = tx.cases().get(caseId);
            if (c.status() == CaseStatus.REFERRED) {
                c = k.handle(tx, user, caseId, new CaseCommand.StartScreening());
            }
            Agency agency = tx.agencies().find().orElseThrow(() -> new org.dvpp.domain.NotFoundException("agency",
                    user.agency()));
            Participant man = tx.participants().find(c.participant()).orElseThrow();
            Referral referral = tx.referrals().find(c.referral()).orElseThrow();
            EligibilityFacts facts = new EligibilityFacts(agency, man, referral, answers, k.today());
            List<EligibilityVerdict> verdicts = new ArrayList<>();
            for (EligibilityRule rule : rules) {
                EligibilityVerdict v = rule.evaluate(facts);
                if (v == null || !v.ruleId().equals(rule.id())) {
                    throw new org.dvpp.programme.PluginException("The eligibility rule '" + rule.id() + "' ("
                            + rule.getClass().getName() + ") returned " + (v == null ? "no verdict"
                                    : "a verdict for '" + v.ruleId() + "'"));
                }
                verdicts.add(v);
            }
            List<String> failed = verdicts.stream().filter(v -> !v.passed()).map(EligibilityVerdict::ruleId).toList();
            EligibilityOutcome outcome = new EligibilityOutcome(failed.isEmpty(), failed, k.today(), user.id());
            k.handle(tx, user, caseId, new CaseCommand.CompleteScreening(outcome));
            return new ScreeningResult(outcome, verdicts);
        });
    }

    @Override
    public Case decideSuitability(ActingUser supervisor, CaseId caseId, SuitabilityInput in) {
        k.require(supervisor, Permission.SIGN_OFF);
        Checks.required(caseId, "caseId");
        k.validator.check("decision", in);
        return k.write(supervisor, tx -> {
            for (int i = 0; i < in.assessments().size(); i++) {
                var id = in.assessments().get(i);
                var record = tx.assessments().find(id);
                if (record.isEmpty() || !record.get().caseId().equals(caseId)) {
                    throw new org.dvpp.domain.InvalidInputException("decision.assessments[" + i + "]",
                            "assessment-of-this-case", "assessment " + id + " is not recorded for this case");
                }
            }
            SuitabilityDecision d = new SuitabilityDecision(in.outcome(), in.assessments(), k.today(), in.assessor(),
                    Optional.of(supervisor.id()));
            return k.handle(tx, supervisor, caseId, new CaseCommand.DecideSuitability(d));
        });
    }

    @Override
    public Case recordConsent(ActingUser user, CaseId caseId, ConsentInput in) {
        k.require(user, Permission.RECORD_CONSENT);
        Checks.required(caseId, "caseId");
        k.validator.check("consent", in);
        return k.write(user, tx -> {
            Consent consent = new Consent(ConsentId.random(), user.agency(), caseId, in.formVersion(), in.signedOn(),
                    in.scope(), in.confidentialityLimitsExplained(), Optional.empty());
            return k.handle(tx, user, caseId, new CaseCommand.RecordConsent(consent));
        });
    }

    @Override
    public Case withdrawConsent(ActingUser user, CaseId caseId, LocalDate on) {
        k.require(user, Permission.RECORD_CONSENT);
        return command(user, caseId, new CaseCommand.WithdrawConsent(Checks.required(on, "on")));
    }

    @Override
    public Case recordPartnerContactAbsence(ActingUser user, CaseId caseId, String reason) {
        k.require(user, Permission.MANAGE_PEOPLE_AT_RISK);
        return command(user, caseId, new CaseCommand.RecordPartnerContactAbsence(reason));
    }

    @Override
    public Case reviewPartnerContactAbsence(ActingUser supervisor, CaseId caseId) {
        k.require(supervisor, Permission.SIGN_OFF);
        return command(supervisor, caseId, new CaseCommand.ReviewPartnerContactAbsence(k.today()));
    }

    @Override
    public Set<Guard> startBlockers(ActingUser user, CaseId caseId) {
        k.require(user, Permission.VIEW_CASE);
        Checks.required(caseId, "caseId");
        return k.read(user, tx -> CaseLifecycle.failingStartGuards(tx.cases().get(caseId)));
    }

    @Override
    public Case withdraw(ActingUser user, CaseId caseId, String reason) {
        k.require(user, Permission.MANAGE_CASE);
        return leave(user, caseId, new CaseCommand.Withdraw(reason));
    }

    @Override
    public Case exclude(ActingUser user, CaseId caseId, String reason) {
        k.require(user, Permission.MANAGE_CASE);
        return leave(user, caseId, new CaseCommand.Exclude(reason));
    }

    @Override
    public Case returnToReferrer(ActingUser user, CaseId caseId, String reason) {
        k.require(user, Permission.MANAGE_CASE);
        return leave(user, caseId, new CaseCommand.ReturnToReferrer(reason));
    }

    @Override
    public Case suspend(ActingUser user, CaseId caseId, String reason) {
        k.require(user, Permission.MANAGE_CASE);
        return command(user, caseId, new CaseCommand.Suspend(reason));
    }

    @Override
    public Case resume(ActingUser user, CaseId caseId) {
        k.require(user, Permission.MANAGE_CASE);
        return command(user, caseId, new CaseCommand.Resume());
    }

    @Override
    public Case startAftercare(ActingUser user, CaseId caseId) {
        k.require(user, Permission.MANAGE_CASE);
        return command(user, caseId, new CaseCommand.StartAftercare());
    }

    @Override
    public Case close(ActingUser supervisor, CaseId caseId, String reason) {
        k.require(supervisor, Permission.CLOSE_CASE);
        return leave(supervisor, caseId, new CaseCommand.Close(reason, supervisor.id()));
    }

    @Override
    public Case reopen(ActingUser supervisor, CaseId caseId, String reason) {
        k.require(supervisor, Permission.CLOSE_CASE);
        return command(supervisor, caseId, new CaseCommand.Reopen(reason, supervisor.id()));
    }

    private Case command(ActingUser user, CaseId caseId, CaseCommand command) {
        Checks.required(caseId, "caseId");
        return k.write(user, tx -> k.handle(tx, user, caseId, command));
    }

    /** A command that ends his time in the group: the place is freed (and he leaves any waiting list). */
    private Case leave(ActingUser user, CaseId caseId, CaseCommand command) {
        Checks.required(caseId, "caseId");
        return k.write(user, tx -> {
            Case after = k.handle(tx, user, caseId, command);
            freePlaces(tx, caseId);
            k.audit(tx, user, AuditAction.UPDATE, "case", caseId.value(), command.code());
            return after;
        });
    }

    static void freePlaces(Transaction tx, CaseId caseId) {
        for (Allocation a : tx.allocations().forCase(caseId)) {
            if (a.status() == org.dvpp.domain.group.AllocationStatus.ACTIVE) {
                tx.allocations().end(a.group(), caseId);
            }
        }
        leaveWaitingLists(tx, caseId);
    }

    /**
     * Takes a man off every waiting list he is on, including those of groups he never had a place in: once he has left
     * (or has a place), he must not be offered a place that frees up.
     */
    static void leaveWaitingLists(Transaction tx, CaseId caseId) {
        for (var entry : tx.allocations().waitingListsOf(caseId)) {
            tx.allocations().removeFromWaitingList(entry.group(), caseId);
        }
    }
}
