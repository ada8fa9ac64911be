package org.dvpp.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.dvpp.curriculum.spi.HolidayCalendar;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.group.GroupType;
import org.dvpp.domain.group.SessionStatus;
import org.junit.jupiter.api.Test;

class ScheduleTest {
    private final CurriculumCatalogue catalogue = CurriculumCatalogue.discover();
    private final HolidayCalendar englandAndWales = HolidayCalendars.discover().get("england-and-wales");

    @Test
    void twelveMondaysFromEasterSkipEasterMondayAndEarlyMay() {
        Curriculum c = catalogue.get("dvpp-integrated-12");
        Schedule s = Schedule.closed(c, new ScheduleRequest(LocalDate.of(2026, 3, 30), DayOfWeek.MONDAY,
                LocalTime.of(18, 0)), englandAndWales);
        assertThat(s.sessions()).hasSize(12);
        assertThat(s.skipped()).extracting(SkippedDate::date)
                .containsExactly(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 25));
        assertThat(s.sessions().get(0).start()).isEqualTo(LocalDate.of(2026, 3, 30).atTime(18, 0));
        assertThat(s.sessions().get(1).start().toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 13));
        assertThat(s.sessions()).extracting(ScheduledSession::curriculumSession)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(s.sessions().get(11).start().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 30).plusWeeks(14));
    }

    @Test
    void firstMeetingIsTheFirstMatchingWeekdayOnOrAfterTheStart() {
        Curriculum c = catalogue.get("dvpp-integrated-12");
        Schedule s = Schedule.closed(c, new ScheduleRequest(LocalDate.of(2025, 12, 24), DayOfWeek.FRIDAY,
                LocalTime.of(10, 0)), englandAndWales);
        // Fri 26 Dec 2025 is Boxing Day, so the group starts on Fri 2 Jan 2026
        assertThat(s.sessions().get(0).start().toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(s.skipped()).extracting(SkippedDate::date).containsExactly(LocalDate.of(2025, 12, 26));
    }

    @Test
    void refusesToScheduleBeyondTheCalendar() {
        Curriculum c = catalogue.get("dvpp-rolling-26");
        // the fixture calendar covers 2020 to 2040
        assertThatThrownBy(() -> Schedule.closed(c, new ScheduleRequest(LocalDate.of(2040, 10, 1), DayOfWeek.MONDAY,
                LocalTime.of(18, 0)), Fixtures.calendar(List.of())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("calendar-coverage").hasMessageContaining("2041");
    }

    @Test
    void refusesAStartAtTheEndOfTheDateRangeWithATypedError() {
        // found by fuzzing the dvpp command: --start +999999999-12-31 made LocalDate throw DateTimeException
        Curriculum c = catalogue.get("dvpp-rolling-26");
        assertThatThrownBy(() -> Schedule.closed(c, new ScheduleRequest(LocalDate.MAX, DayOfWeek.MONDAY,
                LocalTime.of(18, 0)), englandAndWales))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("calendar-coverage");
    }

    @Test
    void aScheduleIn2030SkipsEasterMondayInEnglandAndWales() {
        Curriculum c = catalogue.get("dvpp-integrated-12");
        Schedule s = Schedule.closed(c, new ScheduleRequest(LocalDate.of(2030, 3, 4), DayOfWeek.MONDAY,
                LocalTime.of(18, 0)), englandAndWales);
        assertThat(s.sessions()).hasSize(c.sessionCount());
        assertThat(s.skipped()).extracting(SkippedDate::date).contains(LocalDate.of(2030, 4, 22));
        assertThat(s.sessions()).extracting(x -> x.start().toLocalDate()).doesNotContain(LocalDate.of(2030, 4, 22));
    }

    @Test
    void cancellingKeepsTheSequenceAndAddsADateAtTheEnd() {
        Curriculum c = Fixtures.small(GroupType.CLOSED);
        Schedule s = Schedule.closed(c, Fixtures.mondays(LocalDate.of(2030, 1, 7)), Fixtures.calendar(List.of()));
        Schedule after = s.cancel(2, "facilitator-unavailable");
        assertThat(after.sessions()).extracting(ScheduledSession::curriculumSession).containsExactly(1, 2, 3, 4);
        assertThat(after.sessions()).extracting(x -> x.start().toLocalDate()).containsExactly(
                LocalDate.of(2030, 1, 7), LocalDate.of(2030, 1, 21), LocalDate.of(2030, 1, 28), LocalDate.of(2030, 2, 4));
        assertThat(after.skipped()).containsExactly(
                new SkippedDate(LocalDate.of(2030, 1, 14), SkippedDate.CANCELLED, "facilitator-unavailable"));
        assertThat(s.sessions().get(1).start().toLocalDate()).as("the original is unchanged")
                .isEqualTo(LocalDate.of(2030, 1, 14));
    }

    @Test
    void cancellingTheLastMeetingSkipsAHolidayForTheNewDate() {
        Curriculum c = Fixtures.small(GroupType.CLOSED);
        Schedule s = Schedule.closed(c, Fixtures.mondays(LocalDate.of(2030, 1, 7)),
                Fixtures.calendar(List.of(LocalDate.of(2030, 2, 4))));
        Schedule after = s.cancel(4, "venue-closed");
        assertThat(after.sessions().get(3).start().toLocalDate()).isEqualTo(LocalDate.of(2030, 2, 11));
        assertThat(after.skipped()).extracting(SkippedDate::reason)
                .containsExactly(SkippedDate.CANCELLED, SkippedDate.HOLIDAY);
    }

    @Test
    void movingAMeetingChangesOnlyItsDate() {
        Curriculum c = Fixtures.small(GroupType.CLOSED);
        Schedule s = Schedule.closed(c, Fixtures.mondays(LocalDate.of(2030, 1, 7)), Fixtures.calendar(List.of()));
        Schedule moved = s.move(2, LocalDate.of(2030, 1, 16).atTime(19, 0));
        assertThat(moved.sessions().get(1).start()).isEqualTo(LocalDate.of(2030, 1, 16).atTime(19, 0));
        assertThat(moved.sessions()).extracting(ScheduledSession::curriculumSession).containsExactly(1, 2, 3, 4);
        assertThat(moved.sessions().get(2)).isEqualTo(s.sessions().get(2));
    }

    @Test
    void refusesAMoveThatWouldOvertakeTheNextMeeting() {
        Curriculum c = Fixtures.small(GroupType.CLOSED);
        Schedule s = Schedule.closed(c, Fixtures.mondays(LocalDate.of(2030, 1, 7)), Fixtures.calendar(List.of()));
        assertThatThrownBy(() -> s.move(2, LocalDate.of(2030, 1, 21).atTime(18, 0)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("keeps-order");
    }

    @Test
    void refusesAMoveOntoAHoliday() {
        Curriculum c = Fixtures.small(GroupType.CLOSED);
        Schedule s = Schedule.closed(c, Fixtures.mondays(LocalDate.of(2030, 1, 7)),
                Fixtures.calendar(List.of(LocalDate.of(2030, 1, 16))));
        assertThatThrownBy(() -> s.move(2, LocalDate.of(2030, 1, 16).atTime(18, 0)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not-holiday");
    }

    @Test
    void rollingEntrantAtAModuleStartWrapsRound() {
        Curriculum c = Fixtures.small(GroupType.ROLLING);
        assertThat(Schedule.entrantSequence(c, 3)).containsExactly(3, 4, 1, 2);
        assertThatThrownBy(() -> Schedule.entrantSequence(c, 2)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("entry-point");
    }

    @Test
    void rollingGroupGivesAnEntrantHisOwnDatedSequence() {
        Curriculum c = Fixtures.small(GroupType.ROLLING);
        Schedule s = Schedule.rolling(c, Fixtures.mondays(LocalDate.of(2030, 1, 7)), Fixtures.calendar(List.of()), 12);
        List<ScheduledSession> his = s.forEntrant(3);
        assertThat(his).extracting(ScheduledSession::curriculumSession).containsExactly(3, 4, 1, 2);
        assertThat(his.get(0).sequence()).isEqualTo(3);
        assertThatThrownBy(() -> s.forEntrant(4)).hasMessageContaining("entry-point");
        assertThatThrownBy(() -> s.forEntrant(11)).hasMessageContaining("within-schedule");
    }

    @Test
    void convertsToDomainGroupSessions() {
        Curriculum c = Fixtures.small(GroupType.CLOSED);
        Schedule s = Schedule.closed(c, Fixtures.mondays(LocalDate.of(2030, 1, 7)), Fixtures.calendar(List.of()));
        var sessions = s.toGroupSessions(AgencyId.random(), GroupId.random());
        assertThat(sessions).hasSize(4).allSatisfy(g -> assertThat(g.status()).isEqualTo(SessionStatus.SCHEDULED));
        assertThat(sessions).extracting(g -> g.curriculumSession()).containsExactly(1, 2, 3, 4);
    }
}
