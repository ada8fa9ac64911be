package org.dvpp.programme.internal;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.EventId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.RuleCodes;
import org.dvpp.domain.casework.TimePoint;
import org.dvpp.domain.participant.SharingScope;
import org.dvpp.programme.ConsentChanged;
import org.dvpp.programme.ConsentWithdrawalPolicy;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
    private static final String CASE = "case";
    private static final String CASE_ID = "caseId";
    private static final String REASON = "reason";

    private final Kernel k;
    private final List<EligibilityRule> rules;
    private final ConsentWithdrawalPolicy onConsentWithdrawn;

    /**
     * @param kernel shared services
     * @param rules the eligibility rules
     */
    @Inject
    CasesImpl(Kernel kernel, EligibilityRuleSet rules, Settings settings) {
        this.k = kernel;
        this.rules = rules.rules();
        this.onConsentWithdrawn = settings.consentWithdrawal();
    }

    private static final Kernel.Op GET = Kernel.Op.read("cases.get", Permission.VIEW_CASE, CASE);
    private static final Kernel.Op BLOCKERS = Kernel.Op.read("cases.startBlockers", Permission.VIEW_CASE, CASE);
    private static final Kernel.Op SCREEN = write("cases.screen", Permission.SCREEN);
    private static final Kernel.Op SUITABILITY = write("cases.decideSuitability", Permission.SIGN_OFF);
    private static final Kernel.Op CONSENT = write("cases.recordConsent", Permission.RECORD_CONSENT);
    private static final Kernel.Op WITHDRAW_CONSENT = write("cases.withdrawConsent", Permission.RECORD_CONSENT);
    private static final Kernel.Op NARROW_CONSENT = write("cases.narrowConsent", Permission.RECORD_CONSENT);
    private static final Kernel.Op ABSENCE = write("cases.recordPartnerContactAbsence",
            Permission.MANAGE_PEOPLE_AT_RISK);
    private static final Kernel.Op REVIEW_ABSENCE = write("cases.reviewPartnerContactAbsence", Permission.SIGN_OFF);
    private static final Kernel.Op WITHDRAW = write("cases.withdraw", Permission.MANAGE_CASE);
    private static final Kernel.Op EXCLUDE = write("cases.exclude", Permission.MANAGE_CASE);
    private static final Kernel.Op RETURN = write("cases.returnToReferrer", Permission.MANAGE_CASE);
    private static final Kernel.Op SUSPEND = write("cases.suspend", Permission.MANAGE_CASE);
    private static final Kernel.Op RESUME = write("cases.resume", Permission.MANAGE_CASE);
    private static final Kernel.Op AFTERCARE = write("cases.startAftercare", Permission.MANAGE_CASE);
    private static final Kernel.Op CLOSE = write("cases.close", Permission.CLOSE_CASE);
    private static final Kernel.Op REOPEN = write("cases.reopen", Permission.CLOSE_CASE);

    private static Kernel.Op write(String name, Permission permission) {
        return Kernel.Op.write(name, permission, AuditAction.UPDATE, CASE);
    }

    @Override
    public Case get(ActingUser user, CaseId caseId) {
        return k.run(user, GET, CASE_ID, caseId, c -> { }, tx -> tx.cases().get(caseId));
    }

    @Override
    public ScreeningResult screen(ActingUser user, CaseId caseId, ScreeningAnswers answers) {
        return k.run(user, SCREEN, CASE_ID, caseId, ch -> ch.valid("answers", answers), tx -> {
            Case c = tx.cases().get(caseId);
            if (c.status() == CaseStatus.REFERRED) {
                c = k.handle(tx, user, caseId, new CaseCommand.StartScreening());
            }
            Agency agency = tx.agencies().find().orElseThrow(() -> new NotFoundException("agency", user.agency()));
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
        return k.run(supervisor, SUITABILITY, CASE_ID, caseId, ch -> ch.valid("decision", in), tx -> {
            if (in.assessments().isEmpty()) {
                throw new InvalidInputException("decision.assessments", RuleCodes.NOT_EMPTY,
                        "a suitability decision rests on at least one scored intake assessment");
            }
            boolean scoredIntake = false;
            for (int i = 0; i < in.assessments().size(); i++) {
                var id = in.assessments().get(i);
                var record = tx.assessments().find(id);
                if (record.isEmpty() || !record.get().caseId().equals(caseId)) {
                    throw new InvalidInputException("decision.assessments[" + i + "]",
                            "assessment-of-this-case", "assessment " + id + " is not recorded for this case");
                }
                scoredIntake |= record.get().timePoint() == TimePoint.INTAKE && record.get().total().isPresent();
            }
            if (!scoredIntake) {
                throw new InvalidInputException("decision.assessments", "scored-intake-assessment",
                        "a suitability decision rests on at least one scored intake assessment");
            }
            SuitabilityDecision d = new SuitabilityDecision(in.outcome(), in.assessments(), k.today(), in.assessor(),
                    Optional.of(supervisor.id()));
            return k.handle(tx, supervisor, caseId, new CaseCommand.DecideSuitability(d));
        });
    }

    @Override
    public Case recordConsent(ActingUser user, CaseId caseId, ConsentInput in) {
        return k.run(user, CONSENT, CASE_ID, caseId, ch -> ch.valid("consent", in), tx -> {
            Consent consent = new Consent(ConsentId.random(), user.agency(), caseId, in.formVersion(), in.signedOn(),
                    in.scope(), in.confidentialityLimitsExplained(), Optional.empty());
            return k.handle(tx, user, caseId, new CaseCommand.RecordConsent(consent));
        });
    }

    @Override
    public Case withdrawConsent(ActingUser user, CaseId caseId, LocalDate on) {
        return k.run(user, WITHDRAW_CONSENT, CASE_ID, caseId, ch -> ch.notInFuture("on", on, k.today()), tx -> {
            k.handle(tx, user, caseId, new CaseCommand.WithdrawConsent(on));
            Case after = consequence(tx, user, caseId);
            k.publish(tx, new ConsentChanged(EventId.random(), user.agency(), caseId, true, Set.of(), on,
                    after.status(), k.now()));
            return after;
        });
    }

    @Override
    public Case narrowConsent(ActingUser user, CaseId caseId, Set<SharingScope> scope, LocalDate on) {
        return k.run(user, NARROW_CONSENT, CASE_ID, caseId, ch -> ch.required("scope", scope)
                .notInFuture("on", on, k.today()), tx -> {
                    Case c = tx.cases().get(caseId);
                    Consent current = c.consent().filter(Consent::isInForce).orElseThrow(() ->
                            new InvalidInputException("consent", "in-force", "there is no consent in force to narrow"));
                    if (!current.scope().containsAll(scope) || current.scope().equals(scope)) {
                        throw new InvalidInputException("scope", "narrower",
                                "the new scope must leave out at least one of the scopes now consented to, and add none");
                    }
                    Consent narrowed = new Consent(ConsentId.random(), user.agency(), caseId, current.formVersion(),
                            on.isBefore(current.signedOn()) ? current.signedOn() : on, scope,
                            current.confidentialityLimitsExplained(), Optional.empty());
                    Case after = k.handle(tx, user, caseId, new CaseCommand.RecordConsent(narrowed));
                    k.publish(tx, new ConsentChanged(EventId.random(), user.agency(), caseId, false, scope, on,
                            after.status(), k.now()));
                    return after;
                });
    }

    /** What the agency configured to follow a withdrawal of consent. */
    private Case consequence(Transaction tx, ActingUser user, CaseId caseId) {
        Case c = tx.cases().get(caseId);
        boolean waitingOrOn = c.status() == CaseStatus.AWAITING_GROUP || c.status() == CaseStatus.IN_PROGRAMME;
        return switch (onConsentWithdrawn) {
            case SUSPEND_PENDING_REVIEW -> waitingOrOn
                    ? k.handle(tx, user, caseId, new CaseCommand.Suspend("consent withdrawn: pending review"))
                    : c;
            case WITHDRAW_FROM_PROGRAMME -> {
                if (waitingOrOn || c.status() == CaseStatus.SUSPENDED) {
                    Case after = k.handle(tx, user, caseId, new CaseCommand.Withdraw("consent withdrawn"));
                    freePlaces(tx, caseId);
                    yield after;
                }
                yield c;
            }
            case RECORD_ONLY -> c;
        };
    }

    @Override
    public Case recordPartnerContactAbsence(ActingUser user, CaseId caseId, String reason) {
        return command(user, ABSENCE, caseId, ch -> ch.freeText(REASON, reason, 2000),
                () -> new CaseCommand.RecordPartnerContactAbsence(reason));
    }

    @Override
    public Case reviewPartnerContactAbsence(ActingUser supervisor, CaseId caseId) {
        return command(supervisor, REVIEW_ABSENCE, caseId, ch -> { },
                () -> new CaseCommand.ReviewPartnerContactAbsence(k.today()));
    }

    @Override
    public Set<Guard> startBlockers(ActingUser user, CaseId caseId) {
        return k.run(user, BLOCKERS, CASE_ID, caseId, c -> { },
                tx -> CaseLifecycle.failingStartGuards(tx.cases().get(caseId)));
    }

    @Override
    public Case withdraw(ActingUser user, CaseId caseId, String reason) {
        return leave(user, WITHDRAW, caseId, reason, () -> new CaseCommand.Withdraw(reason));
    }

    @Override
    public Case exclude(ActingUser user, CaseId caseId, String reason) {
        return leave(user, EXCLUDE, caseId, reason, () -> new CaseCommand.Exclude(reason));
    }

    @Override
    public Case returnToReferrer(ActingUser user, CaseId caseId, String reason) {
        return leave(user, RETURN, caseId, reason, () -> new CaseCommand.ReturnToReferrer(reason));
    }

    @Override
    public Case suspend(ActingUser user, CaseId caseId, String reason) {
        return command(user, SUSPEND, caseId, ch -> ch.freeText(REASON, reason, 2000),
                () -> new CaseCommand.Suspend(reason));
    }

    @Override
    public Case resume(ActingUser user, CaseId caseId) {
        return command(user, RESUME, caseId, ch -> { }, CaseCommand.Resume::new);
    }

    @Override
    public Case startAftercare(ActingUser user, CaseId caseId) {
        return command(user, AFTERCARE, caseId, ch -> { }, CaseCommand.StartAftercare::new);
    }

    @Override
    public Case close(ActingUser supervisor, CaseId caseId, String reason) {
        return leave(supervisor, CLOSE, caseId, reason, () -> new CaseCommand.Close(reason, supervisor.id()));
    }

    @Override
    public Case reopen(ActingUser supervisor, CaseId caseId, String reason) {
        return command(supervisor, REOPEN, caseId, ch -> ch.freeText(REASON, reason, 2000),
                () -> new CaseCommand.Reopen(reason, supervisor.id()));
    }

    private Case command(ActingUser user, Kernel.Op op, CaseId caseId, Consumer<Kernel.Checks> checks,
            Supplier<CaseCommand> command) {
        return k.run(user, op, CASE_ID, caseId, checks, tx -> k.handle(tx, user, caseId, command.get()));
    }

    /** A command that ends his time in the group: the place is freed (and he leaves any waiting list). */
    private Case leave(ActingUser user, Kernel.Op op, CaseId caseId, String reason, Supplier<CaseCommand> command) {
        return k.run(user, op, CASE_ID, caseId, ch -> ch.freeText(REASON, reason, 2000), tx -> {
            Case after = k.handle(tx, user, caseId, command.get());
            freePlaces(tx, caseId);
            AftercareImpl.endOpenPlaces(tx, caseId, k.today());
            return after;
        });
    }

    static void freePlaces(Transaction tx, CaseId caseId) {
        for (Allocation a : tx.allocations().forCase(caseId)) {
            if (a.status() == org.dvpp.domain.group.AllocationStatus.ACTIVE) {
                tx.allocations().end(a.group(), caseId);
            }
        }
        tx.oneToOnePlaces().end(caseId);
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
