/**
 * Curriculum and groups: the curriculum SPI and its JSON format, the built-in curricula, holiday calendars, dated
 * schedules for closed and rolling groups, and a man's progress towards completion.
 *
 * @uses org.dvpp.curriculum.spi.CurriculumProvider
 * @uses org.dvpp.curriculum.spi.HolidayCalendar
 * @provides org.dvpp.curriculum.spi.CurriculumProvider the built-in curricula
 * @provides org.dvpp.curriculum.spi.HolidayCalendar UK bank holidays (England and Wales, Scotland, Northern Ireland)
 */
module org.dvpp.curriculum {
    requires transitive org.dvpp.domain;
    requires transitive org.dvpp.plugin;
    requires tools.jackson.databind;
    requires com.fasterxml.jackson.annotation;
    requires org.slf4j;
    // UK bank holidays by rule; its JAXB configuration service (de.focus_shift.jollyday.jaxb) is bound as a provider
    requires de.focus_shift.jollyday.core;
    requires static org.jspecify;

    exports org.dvpp.curriculum;
    exports org.dvpp.curriculum.spi;

    // Jackson binds the public definition records and the internal holiday data file reflectively
    opens org.dvpp.curriculum to tools.jackson.databind;
    opens org.dvpp.curriculum.internal to tools.jackson.databind;

    uses org.dvpp.curriculum.spi.CurriculumProvider;
    uses org.dvpp.curriculum.spi.HolidayCalendar;

    provides org.dvpp.curriculum.spi.CurriculumProvider with org.dvpp.curriculum.internal.BuiltInCurricula;
    provides org.dvpp.curriculum.spi.HolidayCalendar with org.dvpp.curriculum.internal.UkBankHolidays.EnglandAndWales,
            org.dvpp.curriculum.internal.UkBankHolidays.Scotland,
            org.dvpp.curriculum.internal.UkBankHolidays.NorthernIreland;
}
