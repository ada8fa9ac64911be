package org.dvpp.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.Violation;
import org.dvpp.domain.casework.ContactKind;
import org.dvpp.domain.casework.GoalStatus;
import org.dvpp.domain.casework.MotivationSource;
import org.dvpp.domain.casework.NeedLevel;
import org.dvpp.domain.casework.ParentStatus;
import org.dvpp.domain.participant.ProtectedCharacteristic;
import org.dvpp.reporting.DisclosurePolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 11, parts 3 to 6: needs and support plan, motivation, parents and children, equality monitoring. */
class CaseworkTest {
    private static Harness h;

    @BeforeAll
    static void start() throws Exception {
        h = new Harness(b -> b.needAreas(List.of("immigration-status")));
    }

    @AfterAll
    static void stop() throws Exception {
        h.close();
    }

    private static Casework cw() {
        return h.dvpp.casework();
    }

    @Test
    void aNeedsAssessmentLeadsToAPlanWhoseGoalsAnswerAssessedNeedsAndAreReviewed() {
        CaseId c = h.refer();
        // no plan before a needs assessment
        assertThat(catchThrowableOfType(() -> cw().agreeSupportPlan(h.practitioner, c, new Casework.PlanInput(
                h.today(), List.of(new Casework.GoalInput("housing", "find a tenancy", h.today().plusWeeks(4))))),
                InvalidInputException.class).violations()).extracting(Violation::rule).containsExactly("needs-assessed");
        var needs = cw().assessNeeds(h.practitioner, c, new Casework.NeedsInput(h.today(), Map.of("housing",
                NeedLevel.HIGH, "substance-use", NeedLevel.SOME, "employment", NeedLevel.NONE, "immigration-status",
                NeedLevel.DECLINED), "sofa-surfing since the bail conditions"));
        assertThat(needs.needs()).containsEntry("housing", NeedLevel.HIGH).hasSize(4);
        // an area the agency does not have is refused, naming the rule, and nothing is stored
        InvalidInputException unknown = catchThrowableOfType(() -> cw().assessNeeds(h.practitioner, c,
                new Casework.NeedsInput(h.today(), Map.of("astrology", NeedLevel.HIGH), "")),
                InvalidInputException.class);
        assertThat(unknown.violations()).extracting(Violation::rule).containsExactly("known-need-area");
        assertThat(cw().needsAssessments(h.practitioner, c)).containsExactly(needs);
        // a goal for an area with no assessed need is refused
        assertThat(catchThrowableOfType(() -> cw().agreeSupportPlan(h.practitioner, c, new Casework.PlanInput(
                h.today(), List.of(new Casework.GoalInput("employment", "a job", h.today().plusWeeks(4))))),
                InvalidInputException.class).violations()).extracting(Violation::rule).containsExactly("assessed-need");
        var plan = cw().agreeSupportPlan(h.practitioner, c, new Casework.PlanInput(h.today(), List.of(
                new Casework.GoalInput("housing", "register with the council's housing options", h.today()
                        .plusWeeks(2)),
                new Casework.GoalInput("substance-use", "attend the alcohol service's assessment", h.today()
                        .plusWeeks(4)))));
        assertThat(plan.nextReview()).contains(h.today().plusWeeks(2));
        assertThat(plan.goals()).extracting(g -> g.status()).containsOnly(GoalStatus.OPEN);
        h.clock.advance(Duration.ofDays(14));
        var reviewed = cw().reviewSupportPlan(h.practitioner, plan.id(), new Casework.PlanReviewInput(h.today(),
                List.of(GoalStatus.MET, GoalStatus.IN_PROGRESS), List.of(h.today(), h.today().plusWeeks(3)),
                "registered; first appointment booked"));
        assertThat(reviewed.reviews()).singleElement().satisfies(r -> assertThat(r.reviewedOn()).isEqualTo(h.today()));
        assertThat(reviewed.nextReview()).contains(h.today().plusWeeks(3));
        // the goals and notes are P0: the practitioner gets them withheld, the supervisor reads them
        assertThat(cw().supportPlans(h.practitioner, c)).containsExactly(reviewed);
        assertThat(reviewed.goals()).extracting(g -> g.goal()).containsOnly("[withheld]");
        assertThat(cw().supportPlans(h.supervisor, c)).singleElement().satisfies(p -> {
            assertThat(p.goals()).extracting(g -> g.goal()).containsExactly(
                    "register with the council's housing options", "attend the alcohol service's assessment");
            assertThat(p.reviews()).extracting(r -> r.note()).containsExactly("registered; first appointment booked");
        });
        // a review must give one status per goal
        assertThat(catchThrowableOfType(() -> cw().reviewSupportPlan(h.practitioner, plan.id(),
                new Casework.PlanReviewInput(h.today(), List.of(GoalStatus.MET), List.of(h.today()), "")),
                InvalidInputException.class).violations()).extracting(Violation::rule).containsExactly("one-per-goal");
        // an unknown plan is not found
        assertThatThrownBy(() -> cw().reviewSupportPlan(h.practitioner, org.dvpp.domain.RecordId.random(),
                new Casework.PlanReviewInput(h.today(), List.of(), List.of(), ""))).isInstanceOf(
                NotFoundException.class);
        // facilitators do not see needs; the role may not
        assertThatThrownBy(() -> cw().needsAssessments(h.facilitator, c)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onwardReferralsAnswerANeedAndMoveThroughTheirStatuses() {
        CaseId c = h.refer();
        var r = h.dvpp.safety().referOnward(h.practitioner, c, new Safety.OnwardInput(
                org.dvpp.domain.casework.OnwardService.HOUSING, "Merton Housing Options", Optional.of("housing")));
        assertThat(r.need()).contains("housing");
        assertThat(r.status()).isEqualTo(org.dvpp.domain.casework.OnwardReferralStatus.MADE);
        var accepted = h.dvpp.safety().updateOnwardReferral(h.practitioner, r.id(),
                org.dvpp.domain.casework.OnwardReferralStatus.ACCEPTED);
        h.dvpp.safety().updateOnwardReferral(h.practitioner, r.id(),
                org.dvpp.domain.casework.OnwardReferralStatus.ATTENDED);
        h.dvpp.safety().updateOnwardReferral(h.practitioner, r.id(),
                org.dvpp.domain.casework.OnwardReferralStatus.CLOSED);
        assertThat(accepted.status()).isEqualTo(org.dvpp.domain.casework.OnwardReferralStatus.ACCEPTED);
        assertThat(h.dvpp.safety().onwardReferrals(h.practitioner, c)).singleElement().satisfies(x ->
                assertThat(x.status()).isEqualTo(org.dvpp.domain.casework.OnwardReferralStatus.CLOSED));
        // a closed referral does not move again
        assertThat(catchThrowableOfType(() -> h.dvpp.safety().updateOnwardReferral(h.practitioner, r.id(),
                org.dvpp.domain.casework.OnwardReferralStatus.ACCEPTED), InvalidInputException.class).violations())
                .extracting(Violation::rule).containsExactly("allowed-transition");
        assertThat(catchThrowableOfType(() -> h.dvpp.safety().referOnward(h.practitioner, c, new Safety.OnwardInput(
                org.dvpp.domain.casework.OnwardService.OTHER, "Somewhere", Optional.of("astrology"))),
                InvalidInputException.class).violations()).extracting(Violation::rule).containsExactly(
                "known-need-area");
        assertThat(h.dvpp.safety().onwardReferrals(h.practitioner, c)).hasSize(1);
    }

    @Test
    void motivationSourcesAreTrackedOverTimeWithWhatWasGainedAndLost() {
        CaseId c = h.refer();
        cw().recordMotivationSources(h.practitioner, c, new Casework.MotivationInput(h.today(), Set.of(
                MotivationSource.COURT_ORDER, MotivationSource.RELATIONSHIP), Optional.of(MotivationSource.COURT_ORDER),
                "here because probation says so"));
        h.clock.advance(Duration.ofDays(60));
        cw().recordMotivationSources(h.practitioner, c, new Casework.MotivationInput(h.today(), Set.of(
                MotivationSource.COURT_ORDER, MotivationSource.SELF), Optional.of(MotivationSource.SELF),
                "talks about wanting his son not to grow up like he did"));
        var history = cw().motivation(h.practitioner, c);
        assertThat(history.sources()).hasSize(2);
        assertThat(history.sources().get(0).main()).contains(MotivationSource.COURT_ORDER);
        assertThat(history.changes()).singleElement().satisfies(ch -> {
            assertThat(ch.gained()).containsExactly(MotivationSource.SELF);
            assertThat(ch.lost()).containsExactly(MotivationSource.RELATIONSHIP);
        });
        // the main source must be one of the sources
        assertThatThrownBy(() -> cw().recordMotivationSources(h.practitioner, c, new Casework.MotivationInput(
                h.today(), Set.of(MotivationSource.SELF), Optional.of(MotivationSource.COURT_ORDER), "")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(cw().motivation(h.practitioner, c).sources()).hasSize(2);
    }

    @Test
    void checkInHistoryAndTrendJudgeSeveralReadingsNotJustTheLastTwo() {
        CaseId c = h.refer();
        var start = h.today();
        // a slow, steady fall (8, 7, 7, 6, 6): no two neighbouring readings fall by 2, the trend does
        int[] slow = {8, 7, 7, 6, 6};
        for (int i = 0; i < slow.length; i++) {
            h.dvpp.groups().recordCheckIn(h.facilitator, c, start.minusDays(4 - i), 7, 7, slow[i]);
        }
        assertThat(cw().checkIns(h.facilitator, c)).extracting(ci -> ci.readiness()).containsExactly(8, 7, 7, 6, 6);
        var falling = cw().motivation(h.practitioner, c);
        assertThat(falling.trend()).isEqualTo(Casework.Trend.FALLING);
        assertThat(falling.readings()).isEqualTo(5);
        assertThat(falling.slopePerReading()).isEqualByComparingTo("-0.5");

        // one dip after a rise (5, 6, 7, 8, 6): the last two fall by 2, the trend still rises
        CaseId d = h.refer();
        int[] dip = {5, 6, 7, 8, 6};
        for (int i = 0; i < dip.length; i++) {
            h.dvpp.groups().recordCheckIn(h.facilitator, d, start.minusDays(4 - i), 7, 7, dip[i]);
        }
        assertThat(cw().motivation(h.practitioner, d).trend()).isNotEqualTo(Casework.Trend.FALLING);
        CaseId e = h.refer();
        h.dvpp.groups().recordCheckIn(h.facilitator, e, start, 7, 7, 7);
        assertThat(cw().motivation(h.practitioner, e).trend()).isEqualTo(Casework.Trend.TOO_FEW_READINGS);
    }

    @Test
    void parentStatusAndChildrensContactArrangementsAreRecordedAndOnlyP0ReadersSeeTheArrangements() {
        CaseId c = h.refer();
        var family = cw().recordFamily(h.practitioner, c, new Casework.FamilyInput(h.today(),
                ParentStatus.CHILDREN_LIVE_ELSEWHERE, List.of(new Casework.ChildContactInput("T.", Optional.of(
                        ContactKind.SUPERVISED), Optional.of(true), "Saturdays at the contact centre, handover by staff"))));
        // the practitioner who records them cannot read them back: what he is given has them withheld
        assertThat(family.contactArrangements()).isEmpty();
        assertThat(family.parentStatus()).contains(ParentStatus.CHILDREN_LIVE_ELSEWHERE);
        assertThat(cw().family(h.partnerSupport, c)).singleElement().satisfies(f ->
                assertThat(f.contactArrangements()).singleElement().satisfies(a ->
                        assertThat(a.details()).contains("contact centre")));
        // the practitioner may read his parent status (P1) but not the arrangements (P0)
        assertThat(cw().family(h.practitioner, c)).singleElement().satisfies(f -> {
            assertThat(f.parentStatus()).contains(ParentStatus.CHILDREN_LIVE_ELSEWHERE);
            assertThat(f.contactArrangements()).isEmpty();
        });
        // arrangements need a parent
        assertThat(catchThrowableOfType(() -> cw().recordFamily(h.practitioner, c, new Casework.FamilyInput(
                h.today(), ParentStatus.NOT_A_PARENT, List.of(new Casework.ChildContactInput("T.", Optional.empty(),
                        Optional.empty(), "")))), InvalidInputException.class).violations()).extracting(
                Violation::rule).containsExactly("parent-status");
    }

    @Test
    void equalityMonitoringIsWriteOnlyAndCountsOnlyInSuppressedAggregates() throws Exception {
        try (Harness local = new Harness()) {
            for (int i = 0; i < 23; i++) {
                CaseId c = local.refer();
                String race = i < 15 ? "white" : i < 19 ? "black" : i < 21 ? "asian" : ProtectedCharacteristic
                        .PREFER_NOT_TO_SAY;
                Map<ProtectedCharacteristic, String> answers = i == 22 ? Map.of(ProtectedCharacteristic.SEX, "male")
                        : Map.of(ProtectedCharacteristic.RACE, race, ProtectedCharacteristic.SEX, "male");
                local.dvpp.casework().recordEquality(local.practitioner, c, new Casework.EqualityInput(local.today(),
                        answers));
            }
            // an answer the characteristic does not accept is refused, naming it
            CaseId x = local.refer();
            assertThat(catchThrowableOfType(() -> local.dvpp.casework().recordEquality(local.practitioner, x,
                    new Casework.EqualityInput(local.today(), Map.of(ProtectedCharacteristic.RELIGION_OR_BELIEF,
                            "jedi"))), InvalidInputException.class).violations()).singleElement().satisfies(v -> {
                                assertThat(v.rule()).isEqualTo("allowed-value");
                                assertThat(v.path()).isEqualTo("answers.RELIGION_OR_BELIEF");
                            });
            var report = local.dvpp.reports().equality(local.manager, ProtectedCharacteristic.RACE,
                    DisclosurePolicy.DEFAULT);
            // 15 white (published rounded to 15), 4 black and 2 asian are under 10: suppressed; with two small cells
            // hidden, the others stay; 1 prefer-not-to-say and 1 not answered are suppressed too
            assertThat(report.counts().get("white").value()).hasValue(15);
            assertThat(report.counts().get("black").suppressed()).isTrue();
            assertThat(report.counts().get("asian").suppressed()).isTrue();
            assertThat(report.counts().get(ProtectedCharacteristic.PREFER_NOT_TO_SAY).suppressed()).isTrue();
            assertThat(report.counts().get("not-answered").suppressed()).isTrue();
            assertThat(report.counts().get("mixed").value()).hasValue(0);
            assertThat(report.total().value()).hasValue(25);
            assertThat(report.counts().keySet()).containsSubsequence("asian", "black", "mixed", "white", "other",
                    ProtectedCharacteristic.PREFER_NOT_TO_SAY, "not-answered");
            // practitioners record but may not read the figures; nobody reads one man's answers
            assertThatThrownBy(() -> local.dvpp.reports().equality(local.practitioner, ProtectedCharacteristic.RACE,
                    DisclosurePolicy.DEFAULT)).isInstanceOf(AccessDeniedException.class);
            assertThat(Casework.class.getMethods()).noneMatch(m -> m.getName().toLowerCase().contains("equality")
                    && m.getReturnType() != org.dvpp.domain.RecordId.class);
        }
    }
}
