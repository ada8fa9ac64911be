package org.dvpp.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.TimeUnit;
import org.dvpp.curriculum.Curriculum;
import org.dvpp.curriculum.CurriculumJson;
import org.dvpp.curriculum.HolidayCalendars;
import org.dvpp.curriculum.Schedule;
import org.dvpp.curriculum.ScheduleRequest;
import org.dvpp.curriculum.spi.HolidayCalendar;
import org.dvpp.domain.group.GroupType;
import org.junit.jupiter.api.Timeout;

/**
 * Curriculum definitions (the JSON an agency writes, read by {@link CurriculumJson}), both as bytes (the stream reader,
 * which sees invalid UTF-8) and as text: any input is either a valid curriculum or an {@code InvalidCurriculumException};
 * a curriculum read is written back and read again to an equal curriculum, and can be scheduled. Seeds: the built-in
 * curricula and edge cases, in {@code CurriculumFuzzTestInputs/curriculumJson}.
 */
class CurriculumFuzzTest {
    static final int MAX_INPUT = 64 * 1024;
    private static final HolidayCalendar CALENDAR = HolidayCalendars.discover().get(HolidayCalendars.ENGLAND_AND_WALES);
    private static final ScheduleRequest REQUEST = new ScheduleRequest(LocalDate.of(2026, 1, 5), DayOfWeek.MONDAY,
            LocalTime.of(18, 0));

    @FuzzTest(maxDuration = "3m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void curriculumJson(byte[] data) {
        if (data.length > MAX_INPUT) {
            return;
        }
        Guard.typedOnly(() -> exercise(CurriculumJson.read(new ByteArrayInputStream(data), "fuzz.json")));
        Guard.typedOnly(() -> CurriculumJson.read(new String(data, StandardCharsets.UTF_8), "fuzz.json"));
    }

    static void exercise(Curriculum c) {
        Curriculum again = CurriculumJson.read(CurriculumJson.write(c), "written back");
        if (!again.equals(c)) {
            throw new AssertionError("a curriculum written and read back differs from the one read");
        }
        Schedule s = c.groupType() == GroupType.CLOSED ? Schedule.closed(c, REQUEST, CALENDAR)
                : Schedule.rolling(c, REQUEST, CALENDAR, 2 * c.sessionCount() + 1);
        CurriculumJson.write(s);
    }
}
