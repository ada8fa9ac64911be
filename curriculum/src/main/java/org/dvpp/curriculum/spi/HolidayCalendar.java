package org.dvpp.curriculum.spi;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.dvpp.curriculum.CurriculumPluginException;
import org.dvpp.plugin.Plugin;
import org.dvpp.plugin.PluginKind;

/**
 * The days on which groups do not meet, such as public holidays, for the years it knows. A schedule refuses to place a
 * session in a year the calendar does not cover, rather than guess.
 *
 * <p>The built-in calendars are {@code england-and-wales}, {@code scotland} and {@code northern-ireland}: UK bank
 * holidays computed by rule (with the Jollyday library) for every year from 1974 to 9999, corrected by a shipped
 * override file for one-off holidays such as coronation and jubilee days. An agency adds its own (its closure days) by
 * implementing this interface and registering it explicitly or through
 * {@code provides org.dvpp.curriculum.spi.HolidayCalendar with ...}.
 */
public interface HolidayCalendar extends Plugin {
    /** The version of this SPI that the present SDK implements. */
    int SPI_VERSION = 1;

    /** This kind of plugin, for {@link org.dvpp.plugin.PluginLoader}. */
    PluginKind<HolidayCalendar> KIND = PluginKind.of("holiday calendar", HolidayCalendar.class, SPI_VERSION,
            (m, c) -> c == null ? new CurriculumPluginException(m) : new CurriculumPluginException(m, c));

    /** @return a stable id, lower-case letters, digits and hyphens */
    @Override
    String id();

    /** @return the version of this SPI the calendar was built for: implement as {@code return SPI_VERSION;} */
    @Override
    int spiVersion();

    /** @return the first year the calendar covers */
    int firstYear();

    /** @return the last year the calendar covers */
    int lastYear();

    /**
     * @param year a year within {@link #firstYear()} and {@link #lastYear()}
     * @return the holidays of that year, with their names, in date order
     */
    Map<LocalDate, String> holidays(int year);

    /**
     * @param date a date
     * @return whether the calendar covers the date's year
     */
    default boolean covers(LocalDate date) {
        return date.getYear() >= firstYear() && date.getYear() <= lastYear();
    }

    /**
     * @param date a date within the covered years
     * @return the holiday's name if the date is a holiday
     */
    default Optional<String> holiday(LocalDate date) {
        return Optional.ofNullable(holidays(date.getYear()).get(date));
    }
}
