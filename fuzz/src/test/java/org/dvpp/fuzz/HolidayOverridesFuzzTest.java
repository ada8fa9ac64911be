package org.dvpp.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import org.dvpp.curriculum.internal.UkBankHolidays;
import org.junit.jupiter.api.Timeout;

/**
 * The holiday calendars' override file ({@code holidays/overrides.json}: one-off bank holidays added, moved days
 * removed), read by {@link UkBankHolidays#parseOverrides}: any bytes are either a list of valid corrections or an
 * {@code InvalidCurriculumException} naming the JSON path. The reader is internal (the module does not export it), so
 * this target, like the whole fuzz module, runs on the class path. Seeds: the shipped file and edge cases, in
 * {@code HolidayOverridesFuzzTestInputs/overridesJson}.
 */
class HolidayOverridesFuzzTest {
    @FuzzTest(maxDuration = "3m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void overridesJson(byte[] data) {
        if (data.length > 64 * 1024) {
            return;
        }
        Guard.typedOnly(() -> {
            for (UkBankHolidays.Override o : UkBankHolidays.parseOverrides(new ByteArrayInputStream(data), "overrides.json")) {
                if (o.calendars() == null || o.date() == null || o.action() == null) {
                    throw new AssertionError("an accepted correction with a missing part: " + o);
                }
            }
        });
    }
}
