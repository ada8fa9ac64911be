package org.dvpp.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import org.dvpp.curriculum.spi.HolidayCalendar;
import org.dvpp.domain.group.GroupType;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class SchedulePropertyTest {
    private static final Curriculum INTEGRATED = CurriculumCatalogue.discover().get("dvpp-integrated-12");
    private static final Curriculum ROLLING = CurriculumCatalogue.discover().get("dvpp-rolling-26");
    private static final HolidayCalendar ENGLAND_AND_WALES = HolidayCalendars.discover().get("england-and-wales");

    private static Gen<LocalDate> starts() {
        // late enough in 2028 would run past the calendar for 26 weeks; stay well inside it
        return integers().between(0, 365 * 3 - 200).map(d -> LocalDate.of(2025, 1, 1).plusDays(d));
    }

    private static Gen<DayOfWeek> weekdays() {
        return integers().between(1, 7).map(DayOfWeek::of);
    }

    @Test
    void schedulesSkipEveryListedBankHolidayAndKeepTheNumberOfSessions() {
        qt().withExamples(200).withFixedSeed(11L).forAll(starts(), weekdays(), booleans().all())
                .checkAssert(SchedulePropertyTest::schedulesSkipHolidays);
    }

    private static void schedulesSkipHolidays(LocalDate start, DayOfWeek weekday, boolean rolling) {
        Curriculum c = rolling ? ROLLING : INTEGRATED;
        Schedule s = Schedule.closed(c, new ScheduleRequest(start, weekday, LocalTime.of(18, 0)), ENGLAND_AND_WALES);
        assertThat(s.sessions()).hasSize(c.sessionCount());
        assertThat(s.sessions()).extracting(ScheduledSession::curriculumSession)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, c.sessionCount()).boxed().toList());
        LocalDate first = s.sessions().get(0).start().toLocalDate();
        LocalDate last = s.sessions().get(s.sessions().size() - 1).start().toLocalDate();
        for (ScheduledSession x : s.sessions()) {
            LocalDate d = x.start().toLocalDate();
            assertThat(d.getDayOfWeek()).isEqualTo(weekday);
            assertThat(ENGLAND_AND_WALES.holiday(d)).as("meeting on %s", d).isEmpty();
            assertThat(d).isAfterOrEqualTo(start);
        }
        // every bank holiday on the group's weekday within its span was skipped and listed
        for (LocalDate h : java.util.stream.IntStream.rangeClosed(first.getYear(), last.getYear()).boxed()
                .flatMap(y -> ENGLAND_AND_WALES.holidays(y).keySet().stream()).toList()) {
            if (h.getDayOfWeek() == weekday && !h.isBefore(first) && !h.isAfter(last)) {
                assertThat(s.skipped()).extracting(SkippedDate::date).contains(h);
            }
        }
        // weeks in the span = sessions + skipped holidays
        long weeks = java.time.temporal.ChronoUnit.WEEKS.between(first, last) + 1;
        assertThat(weeks).isEqualTo(c.sessionCount() + s.skipped().stream().filter(k -> !k.date().isBefore(first)).count());
    }

    @Test
    void cancellingAnyMeetingsKeepsTheCurriculumSequence() {
        qt().withExamples(200).withFixedSeed(12L)
                .forAll(integers().between(1, 12), integers().between(1, 12), starts())
                .checkAssert(SchedulePropertyTest::cancellingKeepsSequence);
    }

    private static void cancellingKeepsSequence(int a, int b, LocalDate start) {
        Schedule s = Schedule.closed(INTEGRATED, new ScheduleRequest(start, DayOfWeek.TUESDAY, LocalTime.NOON),
                ENGLAND_AND_WALES).cancel(a, "test").cancel(b, "test");
        assertThat(s.sessions()).extracting(ScheduledSession::curriculumSession)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        for (int i = 1; i < s.sessions().size(); i++) {
            assertThat(s.sessions().get(i).start()).isAfter(s.sessions().get(i - 1).start());
        }
        Set<LocalDate> cancelled = new HashSet<>();
        s.skipped().stream().filter(k -> k.reason().equals(SkippedDate.CANCELLED)).forEach(k -> cancelled.add(k.date()));
        assertThat(cancelled).hasSize(2);
        assertThat(s.sessions()).noneMatch(x -> cancelled.contains(x.start().toLocalDate()));
    }

    @Test
    void aRollingEntrantAtAnyModuleStartGetsEverySessionExactlyOnce() {
        qt().withExamples(100).withFixedSeed(13L)
                .forAll(integers().between(0, 5), integers().between(0, 3))
                .checkAssert(SchedulePropertyTest::rollingEntrantGetsEverySessionOnce);
    }

    private static void rollingEntrantGetsEverySessionOnce(int module, int cycle) {
        Curriculum c = ROLLING;
        int entrySession = c.modules().get(module).firstSession();
        List<Integer> order = Schedule.entrantSequence(c, entrySession);
        assertThat(order).hasSize(c.sessionCount()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, 26).boxed().toList());
        assertThat(order.get(0)).isEqualTo(entrySession);

        Schedule group = Schedule.rolling(c, new ScheduleRequest(LocalDate.of(2030, 1, 1), DayOfWeek.WEDNESDAY,
                LocalTime.of(18, 30)), Fixtures.calendar(List.of()), 26 * 5);
        int entryMeeting = cycle * 26 + entrySession;
        List<ScheduledSession> his = group.forEntrant(entryMeeting);
        List<Integer> numbers = new ArrayList<>();
        his.forEach(x -> numbers.add(x.curriculumSession()));
        assertThat(numbers).isEqualTo(order);
    }

    @Test
    void aRollingEntrantInASmallCurriculumAlsoGetsEverySessionOnce() {
        Curriculum c = Fixtures.small(GroupType.ROLLING);
        qt().withExamples(20).withFixedSeed(14L).forAll(integers().between(0, 1)).checkAssert(module -> {
            List<Integer> order = Schedule.entrantSequence(c, c.modules().get(module).firstSession());
            assertThat(order).hasSize(4);
            assertThat(new HashSet<>(order)).hasSize(4);
        });
    }
}
