/**
 * Curriculum and groups: the curriculum SPI and its JSON format, the built-in curricula, holiday calendars, dated
 * schedules for closed and rolling groups, and a man's progress towards completion.
 *
 * @uses org.dvpp.curriculum.spi.CurriculumProvider
 * @uses org.dvpp.curriculum.spi.HolidayCalendar
 * @provides org.dvpp.curriculum.spi.CurriculumProvider the built-in curricula
 * @provides org.dvpp.curriculum.spi.HolidayCalendar England and Wales bank holidays 2025 to 2028
 */
module org.dvpp.curriculum {
    requires transitive org.dvpp.domain;
    requires tools.jackson.databind;
    requires org.slf4j;
    requires static org.jspecify;

    exports org.dvpp.curriculum;
    exports org.dvpp.curriculum.spi;

    // Jackson binds the public definition records and the internal holiday data file reflectively
    opens org.dvpp.curriculum to tools.jackson.databind;
    opens org.dvpp.curriculum.internal to tools.jackson.databind;

    uses org.dvpp.curriculum.spi.CurriculumProvider;
    uses org.dvpp.curriculum.spi.HolidayCalendar;

    provides org.dvpp.curriculum.spi.CurriculumProvider with org.dvpp.curriculum.internal.BuiltInCurricula;
    provides org.dvpp.curriculum.spi.HolidayCalendar with org.dvpp.curriculum.internal.EnglandAndWalesBankHolidays;
}
