package org.dvpp.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.group.AttendanceStatus;
import org.dvpp.domain.group.GroupSession;
import org.dvpp.domain.safety.RiskEventKind;
import org.dvpp.domain.safety.RiskLevel;
import org.junit.jupiter.api.Test;

/** The alerts a facilitator needs, each raised by the situation it names and not otherwise. */
class AlertsTest {

    private static List<Alert.Kind> kinds(Harness h) {
        return h.dvpp.alerts().current(h.supervisor).stream().map(Alert::kind).toList();
    }

    @Test
    void eachSituationRaisesItsAlert() throws Exception {
        try (Harness h = new Harness()) {
            List<CaseId> men = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                men.add(h.readyMan());
            }
            GroupId g = h.closedGroup(2);
            h.dvpp.groups().allocate(h.manager, g, men.get(0));
            h.dvpp.groups().allocate(h.manager, g, men.get(1));
            h.dvpp.groups().allocate(h.manager, g, men.get(2)); // waits
            assertThat(kinds(h)).isEmpty();

            // a place frees while a man waits
            h.dvpp.cases().withdraw(h.practitioner, men.get(1), "moved away");
            assertThat(kinds(h)).containsExactly(Alert.Kind.PLACE_FREE_WITH_WAITING_LIST);

            // sessions pass: the first register is taken, the second is not
            List<GroupSession> sessions = h.dvpp.groups().sessions(h.facilitator, g);
            CaseId man = men.get(0);
            h.clock.set(at(sessions.get(0)));
            h.dvpp.groups().takeRegister(h.facilitator, sessions.get(0).id(), List.of(
                    new Groups.RegisterLine(man, AttendanceStatus.UNEXCUSED_ABSENCE, Optional.empty())));
            h.clock.set(at(sessions.get(1)));
            h.dvpp.groups().takeRegister(h.facilitator, sessions.get(1).id(), List.of(
                    new Groups.RegisterLine(man, AttendanceStatus.UNEXCUSED_ABSENCE, Optional.empty())));
            h.clock.set(at(sessions.get(2)).plus(Duration.ofDays(2)));
            assertThat(kinds(h)).contains(Alert.Kind.REGISTER_NOT_TAKEN, Alert.Kind.CONSECUTIVE_UNEXCUSED_ABSENCES)
                    .doesNotContain(Alert.Kind.RISING_RISK, Alert.Kind.FALLING_MOTIVATION);

            // motivation falls, risk rises
            LocalDate today = h.today();
            h.dvpp.groups().recordCheckIn(h.facilitator, man, today.minusDays(1), 8, 7, 8);
            h.dvpp.groups().recordCheckIn(h.facilitator, man, today, 6, 5, 5);
            h.dvpp.safety().recordRiskEvent(h.practitioner, man, new Safety.RiskInput(RiskEventKind.POLICE_CALL_OUT,
                    h.clock.instant(), RiskLevel.MEDIUM, Set.of(), Optional.empty(), "police called to the address"));
            assertThat(kinds(h)).contains(Alert.Kind.FALLING_MOTIVATION, Alert.Kind.RISING_RISK);
            assertThat(h.dvpp.alerts().current(h.supervisor)).allSatisfy(a ->
                    assertThat(a.message()).doesNotContain("police called"));

            // a rise after a dip is no fall: the trend over the last five readings decides, not the last two
            for (int readiness : new int[] {7, 8, 9}) {
                h.clock.advance(Duration.ofDays(1));
                h.dvpp.groups().recordCheckIn(h.facilitator, man, h.today(), 7, 7, readiness);
            }
            // readiness 8, 5, 7, 8, 9: rising
            assertThat(kinds(h)).doesNotContain(Alert.Kind.FALLING_MOTIVATION);
            h.clock.advance(Duration.ofDays(1));
            h.dvpp.groups().recordCheckIn(h.facilitator, man, h.today(), 7, 7, 7);
            // 5, 7, 8, 9, 7: the last two fall by 2, the fitted line still rises
            assertThat(kinds(h)).doesNotContain(Alert.Kind.FALLING_MOTIVATION);
        }
    }

    private static Instant at(GroupSession s) {
        return s.scheduledStart().plusHours(3).toInstant(ZoneOffset.UTC);
    }

    @Test
    void aSupportPlanPastItsReviewDateRaisesAnAlertUntilItIsReviewed() throws Exception {
        try (Harness h = new Harness()) {
            CaseId c = h.readyMan();
            Casework cw = h.dvpp.casework();
            cw.assessNeeds(h.practitioner, c, new Casework.NeedsInput(h.today(), java.util.Map.of("housing",
                    org.dvpp.domain.casework.NeedLevel.HIGH), "no fixed address"));
            var plan = cw.agreeSupportPlan(h.practitioner, c, new Casework.PlanInput(h.today(), List.of(
                    new Casework.GoalInput("housing", "housing options appointment", h.today().plusWeeks(2)))));
            LocalDate due = h.today().plusWeeks(2);
            // on the review date itself it is not yet overdue
            h.clock.advance(Duration.ofDays(14));
            assertThat(kinds(h)).doesNotContain(Alert.Kind.SUPPORT_PLAN_REVIEW_OVERDUE);
            h.clock.advance(Duration.ofDays(1));
            assertThat(h.dvpp.alerts().current(h.facilitator)).filteredOn(a -> a.kind()
                    == Alert.Kind.SUPPORT_PLAN_REVIEW_OVERDUE).singleElement().satisfies(a -> {
                        assertThat(a.subject()).isEqualTo(plan.id().value());
                        assertThat(a.relatedCase()).contains(c.value());
                        assertThat(a.raisedOn()).isEqualTo(due);
                        assertThat(a.message()).contains("never been reviewed").doesNotContain("housing options");
                    });
            // reviewed, with the next review ahead: the alert goes
            cw.reviewSupportPlan(h.practitioner, plan.id(), new Casework.PlanReviewInput(h.today(),
                    List.of(org.dvpp.domain.casework.GoalStatus.IN_PROGRESS), List.of(h.today().plusWeeks(4)),
                    "appointment kept"));
            assertThat(kinds(h)).doesNotContain(Alert.Kind.SUPPORT_PLAN_REVIEW_OVERDUE);
            // the next date passes too: raised again, naming the last review
            h.clock.advance(Duration.ofDays(29));
            assertThat(h.dvpp.alerts().current(h.supervisor)).filteredOn(a -> a.kind()
                    == Alert.Kind.SUPPORT_PLAN_REVIEW_OVERDUE).singleElement().satisfies(a ->
                    assertThat(a.message()).contains("last reviewed " + h.today().minusDays(29)));
            // a goal met at review has no review date to miss
            cw.reviewSupportPlan(h.practitioner, plan.id(), new Casework.PlanReviewInput(h.today(),
                    List.of(org.dvpp.domain.casework.GoalStatus.MET), List.of(h.today()), "tenancy signed"));
            h.clock.advance(Duration.ofDays(30));
            assertThat(kinds(h)).doesNotContain(Alert.Kind.SUPPORT_PLAN_REVIEW_OVERDUE);
            // a new plan is the current one: only its dates are judged
            var second = cw.agreeSupportPlan(h.practitioner, c, new Casework.PlanInput(h.today(), List.of(
                    new Casework.GoalInput("housing", "keep the tenancy", h.today().plusDays(1)))));
            h.clock.advance(Duration.ofDays(2));
            assertThat(h.dvpp.alerts().current(h.supervisor)).filteredOn(a -> a.kind()
                    == Alert.Kind.SUPPORT_PLAN_REVIEW_OVERDUE).extracting(Alert::subject)
                    .containsExactly(second.id().value());
            // a man who has left the programme raises none
            h.dvpp.cases().withdraw(h.practitioner, c, "moved out of the area");
            assertThat(kinds(h)).doesNotContain(Alert.Kind.SUPPORT_PLAN_REVIEW_OVERDUE);
        }
    }
}
