package org.dvpp.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dvpp.curriculum.spi.HolidayCalendar;
import org.junit.jupiter.api.Test;

/**
 * Checks the England and Wales data against the rules, computed here independently: Easter by the anonymous Gregorian
 * algorithm (Meeus/Jones/Butcher), the fixed Monday holidays, and substitute days when a holiday falls at a weekend.
 */
class BankHolidaysTest {
    private final HolidayCalendar calendar = HolidayCalendars.discover().get(HolidayCalendars.ENGLAND_AND_WALES);

    static LocalDate easterSunday(int y) {
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(y, month, day);
    }

    static Set<LocalDate> expected(int y) {
        List<LocalDate> out = new ArrayList<>();
        LocalDate newYear = LocalDate.of(y, 1, 1);
        out.add(newYear.getDayOfWeek() == DayOfWeek.SATURDAY || newYear.getDayOfWeek() == DayOfWeek.SUNDAY
                ? newYear.with(TemporalAdjusters.next(DayOfWeek.MONDAY)) : newYear);
        LocalDate easter = easterSunday(y);
        out.add(easter.minusDays(2));
        out.add(easter.plusDays(1));
        out.add(LocalDate.of(y, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        out.add(LocalDate.of(y, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        out.add(LocalDate.of(y, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        // Christmas and Boxing Day, each moved to the next weekday that is not already a holiday
        TreeSet<LocalDate> taken = new TreeSet<>();
        for (LocalDate d : List.of(LocalDate.of(y, 12, 25), LocalDate.of(y, 12, 26))) {
            LocalDate x = d;
            while (x.getDayOfWeek() == DayOfWeek.SATURDAY || x.getDayOfWeek() == DayOfWeek.SUNDAY || taken.contains(x)) {
                x = x.plusDays(1);
            }
            taken.add(x);
        }
        out.addAll(taken);
        return new TreeSet<>(out);
    }

    @Test
    void easterAlgorithmAgreesWithKnownDates() {
        assertThat(easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(easterSunday(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
    }

    @Test
    void dataMatchesTheRulesForEveryCoveredYear() {
        assertThat(calendar.firstYear()).isEqualTo(2025);
        assertThat(calendar.lastYear()).isEqualTo(2028);
        for (int y = 2025; y <= 2028; y++) {
            int year = y;
            Set<LocalDate> inData = new TreeSet<>(calendar.holidays().keySet().stream().filter(d -> d.getYear() == year).toList());
            assertThat(inData).as("bank holidays " + y).isEqualTo(expected(y));
        }
    }

    @Test
    void substituteDaysFallWhereAnnounced() {
        assertThat(calendar.holiday(LocalDate.of(2026, 12, 28))).isPresent();
        assertThat(calendar.holiday(LocalDate.of(2027, 12, 27))).isPresent();
        assertThat(calendar.holiday(LocalDate.of(2027, 12, 28))).isPresent();
        assertThat(calendar.holiday(LocalDate.of(2028, 1, 3))).isPresent();
        assertThat(calendar.holiday(LocalDate.of(2027, 12, 25))).isEmpty();
    }
}
