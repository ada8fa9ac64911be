package org.dvpp.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.domain.casework.Guard;
import org.dvpp.domain.casework.IllegalTransitionException;
import org.dvpp.domain.casework.Suitability;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every start guard, through the public API, with the error it gives. */
class StartGuardsTest {
    private static Harness h;

    @BeforeAll
    static void start() throws Exception {
        h = new Harness();
    }

    @AfterAll
    static void stop() throws Exception {
        h.close();
    }

    private CaseId assessed() {
        CaseId c = h.refer();
        h.dvpp.cases().screen(h.practitioner, c, ScreeningAnswers.of(true));
        h.dvpp.cases().decideSuitability(h.supervisor, c,
                new Cases.SuitabilityInput(Suitability.SUITABLE, h.practitioner.id(), List.of(h.intakeAssessment(c))));
        return c;
    }

    private Guard refusal(GroupId g, CaseId c) {
        IllegalTransitionException e = catchThrowableOfType(() -> h.dvpp.groups().allocate(h.manager, g, c),
                IllegalTransitionException.class);
        assertThat(e).as("allocation should have been refused").isNotNull();
        assertThat(e.caseId()).isEqualTo(c);
        assertThat(e).hasMessageContaining("start-programme");
        assertThat(h.get(c).status()).isNotEqualTo(CaseStatus.IN_PROGRAMME);
        return e.failedGuard();
    }

    @Test
    void noStartWithoutConsent() {
        GroupId g = h.closedGroup(12);
        CaseId c = assessed();
        h.addPartner(c);
        assertThat(refusal(g, c)).isEqualTo(Guard.CONSENT_SIGNED);
        h.dvpp.cases().recordConsent(h.practitioner, c, new Cases.ConsentInput("2026-01", h.today(),
                java.util.Set.of(org.dvpp.domain.participant.SharingScope.PARTNER_SUPPORT), false));
        assertThat(refusal(g, c)).as("limits of confidentiality not explained").isEqualTo(Guard.CONSENT_SIGNED);
        h.dvpp.cases().recordConsent(h.practitioner, c, h.consent());
        h.dvpp.cases().withdrawConsent(h.practitioner, c, h.today());
        assertThat(refusal(g, c)).as("withdrawn").isEqualTo(Guard.CONSENT_SIGNED);
    }

    @Test
    void noStartWithoutAPartnerContactRecordOrAReviewedReason() {
        GroupId g = h.closedGroup(12);
        CaseId c = assessed();
        h.dvpp.cases().recordConsent(h.practitioner, c, h.consent());
        assertThat(refusal(g, c)).isEqualTo(Guard.PARTNER_CONTACT_OR_REVIEWED_REASON);
        h.dvpp.cases().recordPartnerContactAbsence(h.practitioner, c, "single for ten years, no children");
        assertThat(refusal(g, c)).isEqualTo(Guard.PARTNER_CONTACT_OR_REVIEWED_REASON);
        assertThatThrownBy(() -> h.dvpp.cases().reviewPartnerContactAbsence(h.practitioner, c))
                .isInstanceOf(AccessDeniedException.class);
        h.dvpp.cases().reviewPartnerContactAbsence(h.supervisor, c);
        assertThat(h.dvpp.groups().allocate(h.manager, g, c).outcome()).isEqualTo(Groups.Placement.Outcome.PLACED);
    }

    @Test
    void noStartWithoutASuitableAssessmentSignedOffByASupervisor() {
        GroupId g = h.closedGroup(12);
        CaseId c = h.refer();
        h.dvpp.cases().screen(h.practitioner, c, ScreeningAnswers.of(true));
        h.dvpp.cases().recordConsent(h.practitioner, c, h.consent());
        h.addPartner(c);
        assertThat(refusal(g, c)).isEqualTo(Guard.SUITABLE_ASSESSMENT_SIGNED_OFF);
        var intake = List.of(h.intakeAssessment(c));
        // a practitioner cannot sign off, and a supervisor cannot sign off his own assessment
        assertThatThrownBy(() -> h.dvpp.cases().decideSuitability(h.practitioner, c,
                new Cases.SuitabilityInput(Suitability.SUITABLE, h.practitioner.id(), intake)))
                .isInstanceOf(AccessDeniedException.class);
        IllegalTransitionException self = catchThrowableOfType(() -> h.dvpp.cases().decideSuitability(h.supervisor,
                c, new Cases.SuitabilityInput(Suitability.SUITABLE, h.supervisor.id(), intake)),
                IllegalTransitionException.class);
        assertThat(self.failedGuard()).isEqualTo(Guard.SUPERVISOR_SIGN_OFF);
        assertThat(refusal(g, c)).isEqualTo(Guard.SUITABLE_ASSESSMENT_SIGNED_OFF);
    }

    @Test
    void noStartWithoutPassedEligibility() {
        GroupId g = h.closedGroup(12);
        CaseId c = h.refer();
        h.dvpp.cases().screen(h.practitioner, c, ScreeningAnswers.of(false));
        assertThat(h.get(c).status()).isEqualTo(CaseStatus.INELIGIBLE);
        assertThat(refusal(g, c)).isEqualTo(Guard.ELIGIBILITY_PASSED);
    }

    @Test
    void noThirteenthManInAGroupOfTwelveEvenWhenAllocationsRace() throws Exception {
        GroupId g = h.closedGroup(12);
        List<CaseId> men = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            men.add(h.readyMan());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Groups.Placement>> results = new ArrayList<>();
            for (CaseId m : men) {
                Callable<Groups.Placement> call = () -> h.dvpp.groups().allocate(h.manager, g, m);
                results.add(pool.submit(call));
            }
            int placed = 0;
            int waiting = 0;
            for (Future<Groups.Placement> f : results) {
                if (f.get().outcome() == Groups.Placement.Outcome.PLACED) {
                    placed++;
                } else {
                    waiting++;
                }
            }
            assertThat(placed).isEqualTo(12);
            assertThat(waiting).isEqualTo(8);
            long inProgramme = men.stream().filter(m -> h.get(m).status() == CaseStatus.IN_PROGRAMME).count();
            assertThat(inProgramme).isEqualTo(12);
            assertThat(h.dvpp.groups().waitingList(h.manager, g)).hasSize(8);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void perpetratorFacingStaffNeverSeeThePeopleAtRisk() {
        CaseId c = h.readyMan();
        assertThatThrownBy(() -> h.dvpp.safety().peopleAtRisk(h.facilitator, c))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("VIEW_PEOPLE_AT_RISK");
        assertThatThrownBy(() -> h.dvpp.safety().peopleAtRisk(h.practitioner, c))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(h.dvpp.safety().peopleAtRisk(h.partnerSupport, c)).singleElement()
                .satisfies(p -> assertThat(p.contact().name()).isEqualTo("Jane Example"));
    }
}
