package org.dvpp.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dvpp.curriculum.spi.HolidayCalendar;
import org.dvpp.domain.NotFoundException;
import org.junit.jupiter.api.Test;

class HolidayCalendarsTest {

    record Closures(String id, int spiVersion) implements HolidayCalendar {
        @Override
        public int firstYear() {
            return 2026;
        }

        @Override
        public int lastYear() {
            return 2026;
        }

        @Override
        public Map<LocalDate, String> holidays(int year) {
            return Map.of(LocalDate.of(2026, 7, 1), "Staff training day");
        }
    }

    @Test
    void explicitCalendarsSitBesideDiscoveredOnes() {
        HolidayCalendars c = HolidayCalendars.builder().add(new Closures("agency-closures", 1)).discover().build();
        assertThat(c.ids()).containsExactly("agency-closures", "england-and-wales", "northern-ireland", "scotland");
        assertThat(c.get("agency-closures").holiday(LocalDate.of(2026, 7, 1))).contains("Staff training day");
    }

    @Test
    void refusesADuplicateIdNamingBothClasses() {
        var b = HolidayCalendars.builder().discover().add(new Closures("england-and-wales", 1));
        assertThatThrownBy(b::build).isInstanceOf(CurriculumPluginException.class)
                .hasMessageContaining("england-and-wales")
                .hasMessageContaining("UkBankHolidays$EnglandAndWales").hasMessageContaining(Closures.class.getName());
    }

    @Test
    void refusesAWrongSpiVersion() {
        var b = HolidayCalendars.builder().add(new Closures("old-calendar", 0));
        assertThatThrownBy(b::build).isInstanceOf(CurriculumPluginException.class)
                .hasMessageContaining("old-calendar").hasMessageContaining("SPI version 0");
    }

    @Test
    void anAgencyCalendarIsHonouredBySchedules() {
        HolidayCalendar closures = new Closures("agency-closures", 1);
        Schedule s = Schedule.closed(Fixtures.small(org.dvpp.domain.group.GroupType.CLOSED),
                new ScheduleRequest(LocalDate.of(2026, 6, 24), java.time.DayOfWeek.WEDNESDAY, java.time.LocalTime.NOON),
                closures);
        assertThat(s.sessions()).extracting(x -> x.start().toLocalDate()).containsExactly(LocalDate.of(2026, 6, 24),
                LocalDate.of(2026, 7, 8), LocalDate.of(2026, 7, 15), LocalDate.of(2026, 7, 22));
        assertThat(s.skipped()).extracting(SkippedDate::detail).isEqualTo(List.of("Staff training day"));
    }

    @Test
    void unknownCalendarIsNotFound() {
        assertThatThrownBy(() -> HolidayCalendars.discover().get("wales")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("england-and-wales");
    }
}
