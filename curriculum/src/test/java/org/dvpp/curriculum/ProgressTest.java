package org.dvpp.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dvpp.curriculum.Registers.excused;
import static org.dvpp.curriculum.Registers.late;
import static org.dvpp.curriculum.Registers.noRegister;
import static org.dvpp.curriculum.Registers.present;
import static org.dvpp.curriculum.Registers.unexcused;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.DomainEvent;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.SessionId;
import org.dvpp.domain.group.Attendance;
import org.dvpp.domain.group.AttendanceStatus;
import org.dvpp.domain.group.OneToOneKind;
import org.junit.jupiter.api.Test;

class ProgressTest {
    /** 12 x 2 h, weekly 1 h one-to-ones; completes with 10 sessions, 30 hours, sessions 1 and 12 covered. */
    private static final Curriculum TWELVE = CurriculumCatalogue.discover().get("dvpp-integrated-12");

    private static List<Registers.Mark> allPresent(int n) {
        return new ArrayList<>(Collections.nCopies(n, present()));
    }

    @Test
    void allTwelveSessionsAloneAreNotThirtyHours() {
        Progress p = Registers.of(allPresent(12)).progress(TWELVE);
        assertThat(p.attended()).isEqualTo(12);
        assertThat(p.groupTime()).isEqualTo(Duration.ofHours(24));
        assertThat(p.completed()).isFalse();
        assertThat(p.unmet()).singleElement().asString().startsWith("min-hours: 24 of 30");
    }

    @Test
    void oneToOneTimeCountsTowardsTheHours() {
        Registers r = Registers.of(allPresent(12));
        for (int i = 0; i < 6; i++) {
            r.oneToOne(OneToOneKind.KEY_WORK, AttendanceStatus.PRESENT, 60, Set.of());
        }
        r.oneToOne(OneToOneKind.ASSESSMENT, AttendanceStatus.PRESENT, 120, Set.of());
        Progress p = r.progress(TWELVE);
        assertThat(p.oneToOneTime()).as("assessment time is not intervention time").isEqualTo(Duration.ofHours(6));
        assertThat(p.totalTime()).isEqualTo(Duration.ofHours(30));
        assertThat(p.completed()).isTrue();
    }

    @Test
    void aMissedRequiredSessionMustBeCaughtUp() {
        List<Registers.Mark> marks = allPresent(12);
        marks.set(11, excused());
        Registers r = Registers.of(marks);
        for (int i = 0; i < 8; i++) {
            r.oneToOne(OneToOneKind.KEY_WORK, AttendanceStatus.PRESENT, 60, Set.of());
        }
        Progress before = r.progress(TWELVE);
        assertThat(before.missedSessions()).containsExactly(12);
        assertThat(before.outstandingSessions()).containsExactly(12);
        assertThat(before.unmet()).singleElement().asString().startsWith("required-sessions");

        r.oneToOne(OneToOneKind.CATCH_UP, AttendanceStatus.PRESENT, 60, Set.of(12));
        Progress after = r.progress(TWELVE);
        assertThat(after.caughtUpSessions()).containsExactly(12);
        assertThat(after.outstandingSessions()).isEmpty();
        assertThat(after.coveredSessions()).hasSize(12);
        assertThat(after.completed()).isTrue();
    }

    @Test
    void aCatchUpOfASessionHeAttendedOrNeverHadCountsForNothing() {
        Registers r = Registers.of(List.of(present(), unexcused()));
        r.oneToOne(OneToOneKind.CATCH_UP, AttendanceStatus.PRESENT, 60, Set.of(1, 7));
        Progress p = r.progress(TWELVE);
        assertThat(p.caughtUpSessions()).isEmpty();
        assertThat(p.coveredSessions()).containsExactly(1);
    }

    @Test
    void lateArrivalCountsAsAttendedWithTheTimeCredited() {
        Progress p = Registers.of(List.of(present(), late(90))).progress(TWELVE);
        assertThat(p.attended()).isEqualTo(2);
        assertThat(p.late()).isEqualTo(1);
        assertThat(p.groupTime()).isEqualTo(Duration.ofMinutes(210));
    }

    @Test
    void sessionsWithoutARegisterAreFlaggedNotCounted() {
        Registers r = Registers.of(List.of(present(), noRegister(), unexcused()));
        Progress p = r.progress(TWELVE);
        assertThat(p.registerMissing()).containsExactly(r.sessions.get(1).id());
        assertThat(p.delivered()).isEqualTo(3);
        assertThat(p.attended() + p.excusedAbsences() + p.unexcusedAbsences()).isEqualTo(2);
    }

    @Test
    void countsConsecutiveUnexcusedAbsencesAndResetsOnAttendance() {
        Progress p = Registers.of(List.of(unexcused(), unexcused(), unexcused(), present(), unexcused())).progress(TWELVE);
        assertThat(p.longestUnexcusedRun()).isEqualTo(3);
        assertThat(p.consecutiveUnexcused()).isEqualTo(1);
        assertThat(p.unexcusedAbsences()).isEqualTo(4);
        assertThat(p.exclusionReviewDue()).as("more than 3 unexcused absences").isTrue();
    }

    @Test
    void anExcusedAbsenceEndsARun() {
        Progress p = Registers.of(List.of(unexcused(), excused(), unexcused())).progress(TWELVE);
        assertThat(p.consecutiveUnexcused()).isEqualTo(1);
        assertThat(p.longestUnexcusedRun()).isEqualTo(1);
    }

    @Test
    void twoUnexcusedInARowRaiseOneWarningEventCarryingIdsOnly() {
        Registers r = Registers.of(List.of(present(), unexcused()));
        Progress first = r.progress(TWELVE);
        assertThat(first.warningsSince(Progress.none(), TWELVE.completion(), Registers.AGENCY, r.man, Instant.EPOCH))
                .isEmpty();
        r.session(3, unexcused());
        Progress second = r.progress(TWELVE);
        List<DisengagementWarning> events = second.warningsSince(first, TWELVE.completion(), Registers.AGENCY, r.man,
                Instant.EPOCH);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo(DisengagementWarning.Reason.CONSECUTIVE_UNEXCUSED_ABSENCES);
            assertThat(e.count()).isEqualTo(2);
            assertThat(e.caseId()).isEqualTo(r.man);
            assertThat(e.streamId()).isEqualTo(r.man.value());
            assertThat(e.type()).isEqualTo("attendance.disengagement-warning");
            assertThat(e.partnerSupportMustBeTold()).isTrue();
            assertThat(e).isInstanceOf(DomainEvent.class);
        });
        r.session(4, unexcused());
        assertThat(r.progress(TWELVE).warningsSince(second, TWELVE.completion(), Registers.AGENCY, r.man, Instant.EPOCH))
                .as("the run was already past the threshold").isEmpty();
    }

    @Test
    void goingAboveTheMostUnexcusedAbsencesRaisesAnExclusionReviewEvent() {
        Registers r = Registers.of(List.of(unexcused(), present(), unexcused(), present(), unexcused(), present()));
        Progress three = r.progress(TWELVE);
        assertThat(three.exclusionReviewDue()).isFalse();
        r.session(7, unexcused());
        Progress four = r.progress(TWELVE);
        assertThat(four.warningsSince(three, TWELVE.completion(), Registers.AGENCY, r.man, Instant.EPOCH))
                .extracting(DisengagementWarning::reason)
                .containsExactly(DisengagementWarning.Reason.EXCLUSION_REVIEW_DUE);
    }

    @Test
    void refusesARegisterLineOfAnotherCase() {
        Registers r = Registers.of(List.of(present()));
        r.attendance.add(new Attendance(Registers.AGENCY, r.sessions.get(0).id(), CaseId.random(),
                AttendanceStatus.PRESENT, Duration.ofMinutes(120)));
        assertThatThrownBy(() -> r.progress(TWELVE)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("attendance[1].caseId").hasMessageContaining("same-case");
    }

    @Test
    void refusesTwoLinesForOneSession() {
        Registers r = Registers.of(List.of(present()));
        r.attendance.add(new Attendance(Registers.AGENCY, r.sessions.get(0).id(), r.man, AttendanceStatus.LATE,
                Duration.ofMinutes(60)));
        assertThatThrownBy(() -> r.progress(TWELVE)).hasMessageContaining("one-line-per-session");
    }

    @Test
    void refusesALineForASessionNotDelivered() {
        Registers r = Registers.of(List.of(present()));
        r.attendance.add(new Attendance(Registers.AGENCY, SessionId.random(), r.man, AttendanceStatus.PRESENT,
                Duration.ofMinutes(60)));
        assertThatThrownBy(() -> r.progress(TWELVE)).hasMessageContaining("attendance[1].session")
                .hasMessageContaining("delivered-session");
    }

    @Test
    void refusesMoreCreditThanTheSessionRan() {
        Registers r = Registers.of(List.of(late(121)));
        assertThatThrownBy(() -> r.progress(TWELVE)).hasMessageContaining("attendance[0].credited")
                .hasMessageContaining("at-most-session-length");
    }
}
