package org.dvpp.domain.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.SessionId;
import org.dvpp.domain.UserId;
import org.junit.jupiter.api.Test;

class GroupValuesTest {
    private static final AgencyId AGENCY = AgencyId.random();

    private static InvalidInputException invalid(Runnable r) {
        try {
            r.run();
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("expected InvalidInputException");
    }

    @Test
    void anAbsenceCreditsNoTimeAndAnAttendanceSome() {
        assertThat(invalid(() -> new Attendance(AGENCY, SessionId.random(), CaseId.random(),
                AttendanceStatus.UNEXCUSED_ABSENCE, Duration.ofHours(2))).violations())
                .singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("credited");
                    assertThat(v.rule()).isEqualTo("zero-when-absent");
                });
        assertThat(invalid(() -> new Attendance(AGENCY, SessionId.random(), CaseId.random(), AttendanceStatus.LATE,
                Duration.ZERO)).violations().get(0).rule()).isEqualTo("positive-when-attended");
        Attendance late = new Attendance(AGENCY, SessionId.random(), CaseId.random(), AttendanceStatus.LATE,
                Duration.ofMinutes(90));
        late.requireWithin(Duration.ofHours(2));
        assertThatThrownBy(() -> late.requireWithin(Duration.ofMinutes(60)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at-most-session-length");
    }

    @Test
    void aGroupStartsOnItsWeekdayWithDistinctFacilitatorsAndBoundedCapacity() {
        UserId f1 = UserId.random();
        DeliveryPattern tuesdays = DeliveryPattern.weeklyTwoHours(DayOfWeek.TUESDAY, LocalTime.of(18, 0));
        LocalDate tuesday = LocalDate.parse("2026-01-06");
        Group ok = new Group(GroupId.random(), AGENCY, "Merton Tuesday", "dvpp-12", GroupType.CLOSED, 12,
                List.of(f1, UserId.random()), tuesdays, tuesday, "merton", GroupStatus.PLANNED, 0);
        assertThat(ok.capacity()).isEqualTo(Group.DEFAULT_CAPACITY);
        assertThat(invalid(() -> new Group(GroupId.random(), AGENCY, "x", "dvpp-12", GroupType.CLOSED, 12,
                List.of(f1, f1), tuesdays, tuesday, "merton", GroupStatus.PLANNED, 0)).violations().get(0).rule())
                .isEqualTo("unique");
        assertThat(invalid(() -> new Group(GroupId.random(), AGENCY, "x", "dvpp-12", GroupType.CLOSED, 0,
                List.of(f1), tuesdays, tuesday, "merton", GroupStatus.PLANNED, 0)).violations().get(0).path())
                .isEqualTo("capacity");
        assertThat(invalid(() -> new Group(GroupId.random(), AGENCY, "x", "dvpp-12", GroupType.CLOSED, 12,
                List.of(f1), tuesdays, tuesday.plusDays(1), "merton", GroupStatus.PLANNED, 0)).violations().get(0)
                .rule()).isEqualTo("matches-weekday");
    }

    @Test
    void aRegisterCanOnlyBeTakenForADeliveredSession() {
        assertThat(invalid(() -> new GroupSession(SessionId.random(), AGENCY, GroupId.random(), 1, 1,
                java.time.LocalDateTime.parse("2026-01-06T18:00"), Duration.ofHours(2), SessionStatus.SCHEDULED,
                true)).violations().get(0).rule()).isEqualTo("delivered-only");
    }
}
