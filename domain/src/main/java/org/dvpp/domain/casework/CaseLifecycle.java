package org.dvpp.domain.casework;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.dvpp.domain.Checks;
import org.dvpp.domain.EventId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.casework.CaseCommand.Close;
import org.dvpp.domain.casework.CaseCommand.Complete;
import org.dvpp.domain.casework.CaseCommand.CompleteScreening;
import org.dvpp.domain.casework.CaseCommand.DecideSuitability;
import org.dvpp.domain.casework.CaseCommand.Exclude;
import org.dvpp.domain.casework.CaseCommand.ReRefer;
import org.dvpp.domain.casework.CaseCommand.RecordConsent;
import org.dvpp.domain.casework.CaseCommand.RecordPartnerContactAbsence;
import org.dvpp.domain.casework.CaseCommand.RecordPartnerContacts;
import org.dvpp.domain.casework.CaseCommand.Reopen;
import org.dvpp.domain.casework.CaseCommand.Resume;
import org.dvpp.domain.casework.CaseCommand.ReturnToReferrer;
import org.dvpp.domain.casework.CaseCommand.ReviewPartnerContactAbsence;
import org.dvpp.domain.casework.CaseCommand.StartAftercare;
import org.dvpp.domain.casework.CaseCommand.StartProgramme;
import org.dvpp.domain.casework.CaseCommand.StartScreening;
import org.dvpp.domain.casework.CaseCommand.Suspend;
import org.dvpp.domain.casework.CaseCommand.Withdraw;
import org.dvpp.domain.casework.CaseCommand.WithdrawConsent;
import org.dvpp.domain.participant.Consent;

/**
 * The case state machine. It is a pure function of a case and a command: it either returns the changed case (and, for a
 * transition, exactly one {@link CaseStatusChanged}) or throws {@link IllegalTransitionException} naming the current
 * state, the requested change and the guard that failed, leaving the case as it was.
 *
 * <pre>
 * referred -&gt; screening -&gt; (ineligible | assessment) -&gt; (unsuitable | awaiting group) -&gt; in programme
 *   -&gt; (completed | withdrawn | excluded | returned to referrer);  completed -&gt; aftercare;  endings -&gt; closed
 * suspend/resume from any active state; closed -&gt; reopen (to the state it was closed from) or re-refer (new episode)
 * </pre>
 *
 * <p>Partner support must be told of every start, drop-out (withdrawal, exclusion, return to referrer), completion,
 * and of a suspension or resumption of a man who is on the programme.
 */
public final class CaseLifecycle {

    private static final Set<CaseStatus> CAN_WITHDRAW = EnumSet.of(CaseStatus.SCREENING, CaseStatus.ASSESSMENT,
            CaseStatus.AWAITING_GROUP, CaseStatus.IN_PROGRAMME, CaseStatus.SUSPENDED);
    private static final Set<CaseStatus> CAN_EXCLUDE = EnumSet.of(CaseStatus.IN_PROGRAMME, CaseStatus.SUSPENDED);

    private CaseLifecycle() {
    }

    /**
     * Applies a command to a case.
     *
     * @param current the case as it is
     * @param command what is asked
     * @param actor who asks
     * @param at when (from the injected clock)
     * @return what changed
     * @throws IllegalTransitionException when a guard fails; the case is unchanged
     */
    public static CaseChange handle(Case current, CaseCommand command, UserId actor, Instant at) {
        Checks.required(current, "case");
        Checks.required(command, "command");
        Checks.required(actor, "actor");
        Checks.required(at, "at");
        CaseStatus s = current.status();
        if (s == CaseStatus.CLOSED && !(command instanceof Reopen) && !(command instanceof ReRefer)) {
            throw refuse(current, command, Guard.CASE_OPEN);
        }
        if (!command.isTransition()) {
            return new CaseChange(current, recordFact(current, command, actor, at), Optional.empty());
        }
        Case base = current;
        CaseStatus target;
        String reason = "";
        if (command instanceof StartScreening) {
            require(current, command, s == CaseStatus.REFERRED);
            target = CaseStatus.SCREENING;
        } else if (command instanceof CompleteScreening c) {
            require(current, command, s == CaseStatus.SCREENING);
            target = c.outcome().passed() ? CaseStatus.ASSESSMENT : CaseStatus.INELIGIBLE;
            base = current.withEligibility(c.outcome());
        } else if (command instanceof DecideSuitability d) {
            require(current, command, s == CaseStatus.ASSESSMENT);
            if (!d.decision().isSignedOff()) {
                throw refuse(current, command, Guard.SUPERVISOR_SIGN_OFF);
            }
            target = d.decision().outcome() == Suitability.SUITABLE ? CaseStatus.AWAITING_GROUP : CaseStatus.UNSUITABLE;
            base = current.withSuitability(d.decision());
        } else if (command instanceof StartProgramme p) {
            require(current, command, s == CaseStatus.AWAITING_GROUP);
            checkStartGuards(current, command);
            target = CaseStatus.IN_PROGRAMME;
            base = current.withGroup(p.group());
        } else if (command instanceof CaseCommand.StartOneToOnePathway) {
            require(current, command, s == CaseStatus.AWAITING_GROUP);
            checkStartGuards(current, command);
            target = CaseStatus.IN_PROGRAMME;
        } else if (command instanceof Complete c) {
            require(current, command, s == CaseStatus.IN_PROGRAMME);
            if (!c.completionRuleMet()) {
                throw refuse(current, command, Guard.COMPLETION_RULE_MET);
            }
            target = CaseStatus.COMPLETED;
            reason = c.rule();
        } else if (command instanceof Withdraw w) {
            require(current, command, CAN_WITHDRAW.contains(s));
            target = CaseStatus.WITHDRAWN;
            reason = w.reason();
        } else if (command instanceof Exclude e) {
            require(current, command, CAN_EXCLUDE.contains(s));
            target = CaseStatus.EXCLUDED;
            reason = e.reason();
        } else if (command instanceof ReturnToReferrer r) {
            require(current, command, CAN_WITHDRAW.contains(s));
            target = CaseStatus.RETURNED_TO_REFERRER;
            reason = r.reason();
        } else if (command instanceof StartAftercare) {
            require(current, command, s == CaseStatus.COMPLETED);
            target = CaseStatus.AFTERCARE;
        } else if (command instanceof Close c) {
            require(current, command, s.isEnding());
            target = CaseStatus.CLOSED;
            reason = c.reason();
        } else if (command instanceof Suspend u) {
            require(current, command, s.isSuspendable());
            target = CaseStatus.SUSPENDED;
            reason = u.reason();
        } else if (command instanceof Resume) {
            require(current, command, s == CaseStatus.SUSPENDED);
            target = current.suspendedFrom().orElseThrow();
        } else if (command instanceof Reopen r) {
            require(current, command, s == CaseStatus.CLOSED);
            target = closedFrom(current);
            reason = r.reason();
        } else if (command instanceof ReRefer r) {
            require(current, command, s == CaseStatus.CLOSED);
            target = CaseStatus.REFERRED;
            base = current.newEpisode(r.referral());
        } else {
            throw new IllegalStateException("unhandled command " + command.code());
        }
        Optional<CaseStatus> suspendedFrom = target == CaseStatus.SUSPENDED ? Optional.of(s) : Optional.empty();
        CaseTransition entry = new CaseTransition(base.episode(), s, target, command.code(), reason, actor, at);
        Case after = base.withStatus(target, suspendedFrom, entry);
        CaseStatusChanged event = new CaseStatusChanged(EventId.random(), after.agency(), after.id(),
                after.participant(), after.episode(), s, target, command.code(), at,
                partnerSupportMustBeTold(current, s, target));
        return new CaseChange(current, after, Optional.of(event));
    }

    /**
     * Lists the guards a man's start would fail now, without changing anything; empty when he can start.
     *
     * @param c the case
     * @return the failing guards, in the order they are checked
     */
    public static Set<Guard> failingStartGuards(Case c) {
        Set<Guard> failing = EnumSet.noneOf(Guard.class);
        if (c.status() != CaseStatus.AWAITING_GROUP) {
            failing.add(Guard.TRANSITION_ALLOWED);
        }
        if (c.eligibility().map(e -> !e.passed()).orElse(true)) {
            failing.add(Guard.ELIGIBILITY_PASSED);
        }
        if (c.suitability().map(d -> !d.isSuitableAndSignedOff()).orElse(true)) {
            failing.add(Guard.SUITABLE_ASSESSMENT_SIGNED_OFF);
        }
        if (c.consent().map(k -> !k.isInForce()).orElse(true)) {
            failing.add(Guard.CONSENT_SIGNED);
        }
        if (!c.partnerContact().satisfiesStartGuard()) {
            failing.add(Guard.PARTNER_CONTACT_OR_REVIEWED_REASON);
        }
        return failing;
    }

    private static void checkStartGuards(Case current, CaseCommand command) {
        for (Guard g : failingStartGuards(current)) {
            throw refuse(current, command, g);
        }
    }

    private static Case recordFact(Case current, CaseCommand command, UserId actor, Instant at) {
        if (command instanceof RecordConsent rc) {
            Consent consent = rc.consent();
            if (!consent.caseId().equals(current.id()) || !consent.agency().equals(current.agency())) {
                throw new org.dvpp.domain.InvalidInputException("consent.caseId", "same-case",
                        "the consent belongs to another case");
            }
            return current.withConsent(consent);
        }
        if (command instanceof WithdrawConsent w) {
            Consent consent = current.consent().orElseThrow(() -> new org.dvpp.domain.InvalidInputException(
                    "consent", "present", "there is no consent to withdraw"));
            return current.withConsent(consent.withdraw(w.on()));
        }
        if (command instanceof RecordPartnerContacts p) {
            return current.withPartnerContact(new PartnerContactStatus.Recorded(p.people()));
        }
        if (command instanceof RecordPartnerContactAbsence a) {
            return current.withPartnerContact(
                    new PartnerContactStatus.Absent(a.reason(), actor, Optional.empty(), Optional.empty()));
        }
        if (command instanceof ReviewPartnerContactAbsence r) {
            if (!(current.partnerContact() instanceof PartnerContactStatus.Absent a)) {
                throw new org.dvpp.domain.InvalidInputException("partnerContact", "absence-recorded",
                        "there is no recorded reason for absent partner contact to review");
            }
            if (a.recordedBy().equals(actor)) {
                throw refuse(current, command, Guard.SUPERVISOR_SIGN_OFF);
            }
            return current.withPartnerContact(new PartnerContactStatus.Absent(a.reason(), a.recordedBy(),
                    Optional.of(actor), Optional.of(r.on())));
        }
        throw new IllegalStateException("unhandled command " + command.code());
    }

    private static CaseStatus closedFrom(Case c) {
        for (int i = c.history().size() - 1; i >= 0; i--) {
            CaseTransition t = c.history().get(i);
            if (t.to() == CaseStatus.CLOSED) {
                return t.from();
            }
        }
        throw new IllegalStateException("closed case " + c.id() + " has no closing transition");
    }

    private static boolean partnerSupportMustBeTold(Case before, CaseStatus from, CaseStatus to) {
        boolean onProgramme = from == CaseStatus.IN_PROGRAMME
                || (from == CaseStatus.SUSPENDED && before.suspendedFrom().orElse(null) == CaseStatus.IN_PROGRAMME);
        return switch (to) {
            case IN_PROGRAMME, COMPLETED, WITHDRAWN, EXCLUDED, RETURNED_TO_REFERRER -> true;
            case SUSPENDED -> onProgramme;
            default -> false;
        };
    }

    private static void require(Case current, CaseCommand command, boolean allowed) {
        if (!allowed) {
            throw refuse(current, command, Guard.TRANSITION_ALLOWED);
        }
    }

    private static IllegalTransitionException refuse(Case current, CaseCommand command, Guard guard) {
        return new IllegalTransitionException(current.id(), current.status(), command.code(), guard);
    }

}
