package org.dvpp.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dvpp.curriculum.Progress;
import org.dvpp.domain.AssessmentId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.CheckInId;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.UserId;
import org.dvpp.domain.casework.VoidedRecord;
import org.dvpp.domain.group.AttendanceStatus;
import org.dvpp.domain.group.GroupSession;
import org.junit.jupiter.api.Test;

/** Facilitator records and the agency's facilitator rule; voiding mistaken records with a reason. */
class FacilitatorsAndCorrectionsTest {

    private static Groups.RegisterLine present(CaseId m) {
        return new Groups.RegisterLine(m, AttendanceStatus.PRESENT, Optional.empty());
    }

    @Test
    void aRegisterNamesItsFacilitatorsAndTheRuleIsEnforced() throws Exception {
        try (Harness h = new Harness()) {
            CaseId man = h.readyMan();
            GroupId group = h.closedGroup(12);
            h.dvpp.groups().allocate(h.manager, group, man);
            List<GroupSession> sessions = h.dvpp.groups().sessions(h.manager, group);
            GroupSession first = sessions.get(0);
            h.clock.set(first.scheduledStart().plusHours(3).toInstant(ZoneOffset.UTC));
            UserId trainee = UserId.random();
            UserId stranger = UserId.random();
            h.dvpp.facilitators().save(h.manager, new Facilitators.NewFacilitator(trainee, "Trainee",
                    Set.of(), Optional.empty(), Optional.empty()));

            // one facilitator is too few
            assertThatThrownBy(() -> h.dvpp.groups().takeRegister(h.facilitator, first.id(),
                    List.of(h.facilitator.id()), List.of(present(man))))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                            .anySatisfy(v -> {
                                assertThat(v.path()).isEqualTo("facilitators");
                                assertThat(v.rule()).isEqualTo("facilitator-count");
                                assertThat(v.message()).contains("at least 2 qualified");
                            }));
            // an untrained facilitator and someone with no record are named in the error
            assertThatThrownBy(() -> h.dvpp.groups().takeRegister(h.facilitator, first.id(),
                    List.of(h.facilitator.id(), trainee, stranger), List.of(present(man))))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                            .extracting(org.dvpp.domain.Violation::path, org.dvpp.domain.Violation::rule)
                            .containsExactlyInAnyOrder(
                                    org.assertj.core.groups.Tuple.tuple("facilitators[1]", "qualified-facilitator"),
                                    org.assertj.core.groups.Tuple.tuple("facilitators[2]", "facilitator-record")));
            // nothing was recorded
            assertThat(h.dvpp.facilitators().ofSession(h.manager, first.id())).isEmpty();
            assertThat(h.dvpp.groups().sessions(h.manager, group).get(0).registerTaken()).isFalse();

            // once trained, the trainee may co-facilitate: the register records both
            h.dvpp.facilitators().save(h.manager, new Facilitators.NewFacilitator(trainee, "Trainee",
                    Set.of("dvpp-facilitator"), Optional.of(h.today()), Optional.empty()));
            h.dvpp.groups().takeRegister(h.facilitator, first.id(), List.of(h.facilitator.id(), trainee),
                    List.of(present(man)));
            assertThat(h.dvpp.facilitators().ofSession(h.facilitator, first.id()))
                    .containsExactly(h.facilitator.id(), trainee);
            assertThat(h.dvpp.facilitators().recordSupervision(h.manager, trainee, h.today()).lastSupervisionOn())
                    .contains(h.today());
            assertThat(h.dvpp.facilitators().list(h.manager)).hasSize(3);
            // without naming facilitators the group's own are checked: fine here
            GroupSession second = sessions.get(1);
            h.clock.set(second.scheduledStart().plusHours(3).toInstant(ZoneOffset.UTC));
            h.dvpp.groups().takeRegister(h.facilitator, second.id(), List.of(present(man)));
            assertThat(h.dvpp.facilitators().ofSession(h.manager, second.id())).containsExactlyElementsOf(
                    h.facilitators());
        }
    }

    @Test
    void anAgencyMayAskForOneFacilitatorWithoutTraining() throws Exception {
        try (Harness h = new Harness(b -> b.facilitatorRule(new FacilitatorRule(1, false)))) {
            CaseId man = h.readyMan();
            GroupId group = h.closedGroup(12);
            h.dvpp.groups().allocate(h.manager, group, man);
            GroupSession first = h.dvpp.groups().sessions(h.manager, group).get(0);
            h.clock.set(first.scheduledStart().plusHours(3).toInstant(ZoneOffset.UTC));
            UserId trainee = UserId.random();
            h.dvpp.facilitators().save(h.manager, new Facilitators.NewFacilitator(trainee, "Trainee", Set.of(),
                    Optional.empty(), Optional.empty()));
            assertThat(h.dvpp.groups().takeRegister(h.facilitator, first.id(), List.of(trainee),
                    List.of(present(man)))).hasSize(1);
        }
    }

    @Test
    void aVoidedRecordStaysInTheHistoryAndOutOfEveryFigure() throws Exception {
        try (Harness h = new Harness()) {
            CaseId man = h.readyMan();
            GroupId group = h.closedGroup(12);
            h.dvpp.groups().allocate(h.manager, group, man);
            GroupSession first = h.dvpp.groups().sessions(h.manager, group).get(0);
            h.clock.set(first.scheduledStart().plusHours(3).toInstant(ZoneOffset.UTC));
            h.dvpp.groups().takeRegister(h.facilitator, first.id(), List.of(present(man)));
            assertThat(h.dvpp.completion().progress(h.practitioner, man).attended()).isEqualTo(1);
            CheckInId low = h.dvpp.groups().recordCheckIn(h.facilitator, man, h.today(), 2, 2, 1);
            AssessmentId audit = h.intakeAssessment(man);
            int assessments = h.dvpp.assessments().list(h.practitioner, man).size();

            // only a supervisor may void, and only with a reason
            assertThatThrownBy(() -> h.dvpp.corrections().voidRegisterLine(h.facilitator, first.id(), man,
                    "wrong man")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> h.dvpp.corrections().voidRegisterLine(h.supervisor, first.id(), man, " "))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                            .anySatisfy(v -> assertThat(v.path()).isEqualTo("reason")));
            assertThat(h.dvpp.completion().progress(h.practitioner, man).attended()).isEqualTo(1);

            VoidedRecord line = h.dvpp.corrections().voidRegisterLine(h.supervisor, first.id(), man,
                    "Marked present in error: he was at court that evening");
            assertThat(line.kind()).isEqualTo(VoidedRecord.Kind.ATTENDANCE);
            Progress after = h.dvpp.completion().progress(h.practitioner, man);
            assertThat(after.attended()).isZero();
            assertThat(after.groupTime()).isEqualTo(Duration.ZERO);
            assertThat(after.registerMissing()).containsExactly(first.id());
            assertThat(h.dvpp.reports().attendance(h.manager).stream().mapToLong(a -> a.present()).sum()).isZero();

            h.clock.advance(Duration.ofMinutes(1));
            h.dvpp.corrections().voidCheckIn(h.supervisor, man, low, "Entered on the wrong man's record");
            h.clock.advance(Duration.ofMinutes(1));
            h.dvpp.corrections().voidAssessment(h.supervisor, man, audit, "Scored from the wrong form");
            assertThat(h.dvpp.assessments().list(h.practitioner, man)).hasSize(assessments - 1);
            // a second void of the same record is not found
            assertThatThrownBy(() -> h.dvpp.corrections().voidCheckIn(h.supervisor, man, low, "again"))
                    .isInstanceOf(org.dvpp.domain.NotFoundException.class);

            List<VoidedRecord> history = h.dvpp.corrections().voided(h.supervisor, man);
            assertThat(history).extracting(VoidedRecord::kind).containsExactly(VoidedRecord.Kind.ATTENDANCE,
                    VoidedRecord.Kind.CHECK_IN, VoidedRecord.Kind.ASSESSMENT);
            assertThat(history.get(0).reason()).contains("court");
            assertThat(history).allSatisfy(v -> assertThat(v.voidedBy()).isEqualTo(h.supervisor.id()));
            // the reasons are P0: a facilitator sees the history without them
            assertThat(h.dvpp.corrections().voided(h.facilitator, man)).allSatisfy(v ->
                    assertThat(v.reason()).doesNotContain("court").doesNotContain("wrong"));
        }
    }
}
