package org.dvpp.curriculum.spi;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The days on which groups do not meet, such as public holidays, for the years it knows. A schedule refuses to place a
 * session in a year the calendar does not cover, rather than guess.
 *
 * <p>The built-in calendar is {@code england-and-wales} (bank holidays 2025 to 2028). An agency adds its own (Scotland,
 * Northern Ireland, its own closure days) by implementing this interface and registering it explicitly or through
 * {@code provides org.dvpp.curriculum.spi.HolidayCalendar with ...}.
 */
public interface HolidayCalendar {
    /** The version of this SPI that the present SDK implements. */
    int SPI_VERSION = 1;

    /** @return a stable id, lower-case letters, digits and hyphens */
    String id();

    /** @return the version of this SPI the calendar was built for; must be {@link #SPI_VERSION} */
    int spiVersion();

    /** @return the first year the calendar covers */
    int firstYear();

    /** @return the last year the calendar covers */
    int lastYear();

    /** @return every holiday it knows, with its name, in date order */
    Map<LocalDate, String> holidays();

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
        return Optional.ofNullable(holidays().get(date));
    }
}
