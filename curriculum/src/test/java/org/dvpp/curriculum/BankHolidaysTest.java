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
    void englandAndWalesMatchesTheRulesFrom2025To2060() {
        assertThat(calendar.firstYear()).isLessThanOrEqualTo(2025);
        assertThat(calendar.lastYear()).isGreaterThanOrEqualTo(2060);
        for (int y = 2025; y <= 2060; y++) {
            assertThat(calendar.holidays(y).keySet()).as("bank holidays " + y).isEqualTo(expected(y));
        }
    }

    @Test
    void substituteDaysFallWhereAnnounced() {
        assertThat(calendar.holiday(LocalDate.of(2026, 12, 28))).hasValueSatisfying(n -> assertThat(n).contains("Boxing"));
        assertThat(calendar.holiday(LocalDate.of(2027, 12, 27))).isPresent();
        assertThat(calendar.holiday(LocalDate.of(2027, 12, 28))).isPresent();
        assertThat(calendar.holiday(LocalDate.of(2028, 1, 3))).isPresent();
        assertThat(calendar.holiday(LocalDate.of(2027, 12, 25))).isEmpty();
    }

    @Test
    void knownDatesIn2030() {
        assertThat(calendar.holiday(LocalDate.of(2030, 4, 22))).hasValueSatisfying(n -> assertThat(n).containsIgnoringCase("Easter"));
        assertThat(calendar.holiday(LocalDate.of(2030, 4, 19))).isPresent(); // Good Friday
        assertThat(calendar.holiday(LocalDate.of(2030, 8, 26))).isPresent(); // last Monday in August
        assertThat(calendar.holiday(LocalDate.of(2030, 7, 12))).isEmpty();
        assertThat(calendar.holiday(LocalDate.of(2030, 12, 2))).isEmpty();
    }

    @Test
    void scotlandHasStAndrewsDayWithItsSubstituteAndNoEasterMonday() {
        HolidayCalendar scotland = HolidayCalendars.discover().get("scotland");
        // 30 November 2030 is a Saturday, so the holiday is Monday 2 December
        assertThat(LocalDate.of(2030, 11, 30).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(scotland.holiday(LocalDate.of(2030, 12, 2))).isPresent();
        assertThat(scotland.holiday(LocalDate.of(2030, 11, 30))).isEmpty();
        assertThat(scotland.holiday(LocalDate.of(2026, 11, 30))).isPresent(); // a Monday
        assertThat(scotland.holiday(LocalDate.of(2030, 1, 2))).isPresent();
        assertThat(scotland.holiday(LocalDate.of(2030, 8, 5))).isPresent(); // first Monday in August
        assertThat(scotland.holiday(LocalDate.of(2030, 8, 26))).isEmpty();
        assertThat(scotland.holiday(LocalDate.of(2030, 4, 22))).isEmpty();
    }

    @Test
    void northernIrelandHasTheTwelfthAndStPatricksDay() {
        HolidayCalendar ni = HolidayCalendars.discover().get("northern-ireland");
        assertThat(ni.holiday(LocalDate.of(2030, 7, 12))).isPresent(); // a Friday
        assertThat(ni.holiday(LocalDate.of(2030, 3, 18))).isPresent(); // 17 March 2030 is a Sunday
        assertThat(ni.holiday(LocalDate.of(2030, 4, 22))).isPresent();
        // 12 July 2026 is a Sunday: the holiday moves to Monday 13 July
        assertThat(ni.holiday(LocalDate.of(2026, 7, 13))).isPresent();
    }

    @Test
    void oneOffHolidaysComeFromTheOverrideFile() {
        for (String id : new String[] {"england-and-wales", "scotland", "northern-ireland"}) {
            HolidayCalendar c = HolidayCalendars.discover().get(id);
            assertThat(c.holiday(LocalDate.of(2023, 5, 8))).as(id).hasValueSatisfying(n -> assertThat(n).contains("coronation"));
            assertThat(c.holiday(LocalDate.of(2022, 9, 19))).as(id).isPresent();
            assertThat(c.holiday(LocalDate.of(2022, 6, 3))).as(id).hasValueSatisfying(n -> assertThat(n).contains("Jubilee"));
        }
    }

    @Test
    void aYearOutsideTheCoverageIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> calendar.holidays(1900))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1974");
    }
}
