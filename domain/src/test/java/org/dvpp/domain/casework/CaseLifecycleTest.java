package org.dvpp.domain.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dvpp.domain.casework.CaseFixtures.GROUP;
import static org.dvpp.domain.casework.CaseFixtures.SUPERVISOR;
import static org.dvpp.domain.casework.CaseFixtures.T0;
import static org.dvpp.domain.casework.CaseFixtures.WORKER;
import static org.dvpp.domain.casework.CaseFixtures.apply;
import static org.dvpp.domain.casework.CaseFixtures.consent;
import static org.dvpp.domain.casework.CaseFixtures.decision;
import static org.dvpp.domain.casework.CaseFixtures.newCase;
import static org.dvpp.domain.casework.CaseFixtures.passed;
import static org.dvpp.domain.casework.CaseFixtures.readyToStart;

import java.time.LocalDate;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.ReferralId;
import org.dvpp.domain.casework.CaseCommand.Close;
import org.dvpp.domain.casework.CaseCommand.Complete;
import org.dvpp.domain.casework.CaseCommand.CompleteScreening;
import org.dvpp.domain.casework.CaseCommand.DecideSuitability;
import org.dvpp.domain.casework.CaseCommand.RecordConsent;
import org.dvpp.domain.casework.CaseCommand.RecordPartnerContactAbsence;
import org.dvpp.domain.casework.CaseCommand.RecordPartnerContacts;
import org.dvpp.domain.casework.CaseCommand.ReRefer;
import org.dvpp.domain.casework.CaseCommand.Reopen;
import org.dvpp.domain.casework.CaseCommand.Resume;
import org.dvpp.domain.casework.CaseCommand.ReviewPartnerContactAbsence;
import org.dvpp.domain.casework.CaseCommand.StartAftercare;
import org.dvpp.domain.casework.CaseCommand.StartProgramme;
import org.dvpp.domain.casework.CaseCommand.StartScreening;
import org.dvpp.domain.casework.CaseCommand.Suspend;
import org.dvpp.domain.casework.CaseCommand.Withdraw;
import org.dvpp.domain.casework.CaseCommand.WithdrawConsent;
import org.junit.jupiter.api.Test;

class CaseLifecycleTest {

    private static IllegalTransitionException refusal(Case c, CaseCommand command) {
        try {
            CaseLifecycle.handle(c, command, WORKER, T0);
        } catch (IllegalTransitionException e) {
            return e;
        }
        throw new AssertionError("expected " + command.code() + " to be refused in " + c.status());
    }

    @Test
    void walksTheMainPathFromReferralToClosureWithOneEventPerTransition() {
        Case c = readyToStart();
        CaseChange start = CaseLifecycle.handle(c, new StartProgramme(GROUP), WORKER, T0);
        assertThat(start.after().status()).isEqualTo(CaseStatus.IN_PROGRAMME);
        assertThat(start.after().group()).contains(GROUP);
        assertThat(start.events()).singleElement().satisfies(e -> {
            assertThat(e.from()).isEqualTo(CaseStatus.AWAITING_GROUP);
            assertThat(e.to()).isEqualTo(CaseStatus.IN_PROGRAMME);
            assertThat(e.partnerSupportMustBeTold()).isTrue();
            assertThat(e.command()).isEqualTo("start-programme");
        });
        Case done = apply(start.after(), new Complete(true, "min-sessions:10"), new StartAftercare(),
                new Close("aftercare finished", SUPERVISOR));
        assertThat(done.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(done.history()).extracting(CaseTransition::to).containsExactly(CaseStatus.SCREENING,
                CaseStatus.ASSESSMENT, CaseStatus.AWAITING_GROUP, CaseStatus.IN_PROGRAMME, CaseStatus.COMPLETED,
                CaseStatus.AFTERCARE, CaseStatus.CLOSED);
    }

    @Test
    void failedScreeningEndsAsIneligible() {
        Case c = apply(newCase(), new StartScreening(), new CompleteScreening(CaseFixtures.failed()));
        assertThat(c.status()).isEqualTo(CaseStatus.INELIGIBLE);
        assertThat(refusal(c, new StartProgramme(GROUP)).failedGuard()).isEqualTo(Guard.TRANSITION_ALLOWED);
    }

    @Test
    void suitabilityNeedsASupervisorOtherThanTheAssessor() {
        Case c = apply(newCase(), new StartScreening(), new CompleteScreening(passed()));
        IllegalTransitionException e = refusal(c, new DecideSuitability(decision(Suitability.SUITABLE, false)));
        assertThat(e.failedGuard()).isEqualTo(Guard.SUPERVISOR_SIGN_OFF);
        assertThat(e.current()).isEqualTo(CaseStatus.ASSESSMENT);
        assertThat(e.requested()).isEqualTo("decide-suitability");
        assertThat(e).hasMessageContaining("ASSESSMENT").hasMessageContaining("decide-suitability")
                .hasMessageContaining("SUPERVISOR_SIGN_OFF");

        SuitabilityDecision selfSigned = new SuitabilityDecision(Suitability.SUITABLE, java.util.List.of(),
                CaseFixtures.D0, WORKER, java.util.Optional.of(WORKER));
        assertThat(refusal(c, new DecideSuitability(selfSigned)).failedGuard()).isEqualTo(Guard.SUPERVISOR_SIGN_OFF);
    }

    @Test
    void noStartWithoutConsent() {
        Case c = apply(newCase(), new StartScreening(), new CompleteScreening(passed()),
                new DecideSuitability(decision(Suitability.SUITABLE, true)), new RecordPartnerContacts(2));
        assertThat(refusal(c, new StartProgramme(GROUP)).failedGuard()).isEqualTo(Guard.CONSENT_SIGNED);
        Case unexplained = apply(c, new RecordConsent(consent(c, false)));
        assertThat(refusal(unexplained, new StartProgramme(GROUP)).failedGuard()).isEqualTo(Guard.CONSENT_SIGNED);
    }

    @Test
    void withdrawnConsentBlocksTheStart() {
        Case c = apply(readyToStart(), new WithdrawConsent(LocalDate.parse("2026-01-06")));
        assertThat(refusal(c, new StartProgramme(GROUP)).failedGuard()).isEqualTo(Guard.CONSENT_SIGNED);
    }

    @Test
    void noStartWithoutPartnerContactOrAReviewedReason() {
        Case c = apply(newCase(), new StartScreening(), new CompleteScreening(passed()),
                new DecideSuitability(decision(Suitability.SUITABLE, true)));
        c = apply(c, new RecordConsent(consent(c, true)));
        assertThat(refusal(c, new StartProgramme(GROUP)).failedGuard())
                .isEqualTo(Guard.PARTNER_CONTACT_OR_REVIEWED_REASON);

        Case absent = apply(c, new RecordPartnerContactAbsence("no partner in the last three years"));
        assertThat(refusal(absent, new StartProgramme(GROUP)).failedGuard())
                .isEqualTo(Guard.PARTNER_CONTACT_OR_REVIEWED_REASON);

        // the worker who recorded the reason cannot review it
        assertThat(refusal(absent, new ReviewPartnerContactAbsence(CaseFixtures.D0)).failedGuard())
                .isEqualTo(Guard.SUPERVISOR_SIGN_OFF);

        Case reviewed = CaseLifecycle.handle(absent, new ReviewPartnerContactAbsence(CaseFixtures.D0), SUPERVISOR, T0)
                .after();
        assertThat(CaseLifecycle.handle(reviewed, new StartProgramme(GROUP), WORKER, T0).after().status())
                .isEqualTo(CaseStatus.IN_PROGRAMME);
    }

    @Test
    void noStartWithoutASuitableSignedOffAssessment() {
        Case c = apply(newCase(), new StartScreening(), new CompleteScreening(passed()),
                new DecideSuitability(decision(Suitability.UNSUITABLE, true)));
        assertThat(c.status()).isEqualTo(CaseStatus.UNSUITABLE);
        assertThat(CaseLifecycle.failingStartGuards(c)).contains(Guard.SUITABLE_ASSESSMENT_SIGNED_OFF,
                Guard.TRANSITION_ALLOWED);
    }

    @Test
    void completionNeedsTheCurriculumRule() {
        Case c = apply(readyToStart(), new StartProgramme(GROUP));
        assertThat(refusal(c, new Complete(false, "min-sessions:10")).failedGuard())
                .isEqualTo(Guard.COMPLETION_RULE_MET);
    }

    @Test
    void suspensionResumesWhereItWasAndTellsPartnerSupportWhenOnTheProgramme() {
        Case c = apply(readyToStart(), new StartProgramme(GROUP));
        CaseChange suspended = CaseLifecycle.handle(c, new Suspend("in custody"), WORKER, T0);
        assertThat(suspended.after().suspendedFrom()).contains(CaseStatus.IN_PROGRAMME);
        assertThat(suspended.events().get(0).partnerSupportMustBeTold()).isTrue();
        assertThat(refusal(suspended.after(), new StartAftercare()).failedGuard()).isEqualTo(Guard.TRANSITION_ALLOWED);
        CaseChange resumed = CaseLifecycle.handle(suspended.after(), new Resume(), WORKER, T0);
        assertThat(resumed.after().status()).isEqualTo(CaseStatus.IN_PROGRAMME);
        assertThat(resumed.after().suspendedFrom()).isEmpty();

        Case waiting = readyToStart();
        CaseChange s2 = CaseLifecycle.handle(waiting, new Suspend("hospital"), WORKER, T0);
        assertThat(s2.events().get(0).partnerSupportMustBeTold()).isFalse();
    }

    @Test
    void aDropOutTellsPartnerSupportAndCarriesNoReasonText() {
        Case c = apply(readyToStart(), new StartProgramme(GROUP));
        CaseChange w = CaseLifecycle.handle(c, new Withdraw("moved away with new partner"), WORKER, T0);
        CaseStatusChanged e = w.events().get(0);
        assertThat(e.partnerSupportMustBeTold()).isTrue();
        assertThat(e.toString()).doesNotContain("moved away");
        assertThat(w.after().history().get(w.after().history().size() - 1).reason())
                .isEqualTo("moved away with new partner");
    }

    @Test
    void closedCaseRefusesEverythingButReopenAndReReferral() {
        Case c = apply(newCase(), new StartScreening(), new CompleteScreening(CaseFixtures.failed()),
                new Close("ineligible", SUPERVISOR));
        assertThat(refusal(c, new RecordPartnerContacts(1)).failedGuard()).isEqualTo(Guard.CASE_OPEN);
        assertThat(refusal(c, new StartScreening()).failedGuard()).isEqualTo(Guard.CASE_OPEN);

        Case reopened = apply(c, new Reopen("decision reviewed", SUPERVISOR));
        assertThat(reopened.status()).isEqualTo(CaseStatus.INELIGIBLE);
        assertThat(reopened.history()).startsWith(c.history().toArray(CaseTransition[]::new));
    }

    @Test
    void reReferralStartsANewEpisodeAndRequiresScreeningAndConsentAgain() {
        Case done = apply(readyToStart(), new StartProgramme(GROUP), new Withdraw("stopped attending"),
                new Close("withdrawn", SUPERVISOR));
        ReferralId again = ReferralId.random();
        Case re = apply(done, new ReRefer(again));
        assertThat(re.status()).isEqualTo(CaseStatus.REFERRED);
        assertThat(re.episode()).isEqualTo(2);
        assertThat(re.referral()).isEqualTo(again);
        assertThat(re.eligibility()).isEmpty();
        assertThat(re.consent()).isEmpty();
        assertThat(re.history()).hasSize(done.history().size() + 1);
        assertThat(re.hasStarted()).isFalse();
    }

    @Test
    void consentForAnotherCaseIsRejected() {
        Case a = readyToStart();
        Case b = newCase();
        assertThatThrownBy(() -> CaseLifecycle.handle(b, new RecordConsent(consent(a, true)), WORKER, T0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("consent.caseId");
    }
}
