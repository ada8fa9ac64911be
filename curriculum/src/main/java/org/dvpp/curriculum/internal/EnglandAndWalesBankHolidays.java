package org.dvpp.curriculum.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dvpp.curriculum.spi.HolidayCalendar;

/**
 * Bank holidays in England and Wales, 2025 to 2028, read from the data file {@code holidays/england-and-wales.json}
 * (dates as announced by the UK government, including substitute days when a holiday falls at a weekend).
 */
public final class EnglandAndWalesBankHolidays implements HolidayCalendar {
    /** The calendar's id. */
    public static final String ID = "england-and-wales";

    /** The data file's shape. */
    record Data(String id, int firstYear, int lastYear, List<Day> holidays) {
    }

    /** One holiday in the data file. */
    record Day(String date, String name) {
    }

    private final int firstYear;
    private final int lastYear;
    private final Map<LocalDate, String> holidays;

    /** Reads the data file. */
    public EnglandAndWalesBankHolidays() {
        try (InputStream in = EnglandAndWalesBankHolidays.class.getResourceAsStream("holidays/england-and-wales.json")) {
            if (in == null) {
                throw new IllegalStateException("missing resource holidays/england-and-wales.json");
            }
            Data data = StrictJson.MAPPER.readValue(in, Data.class);
            Map<LocalDate, String> map = new TreeMap<>();
            for (Day d : data.holidays()) {
                map.put(LocalDate.parse(d.date()), d.name());
            }
            this.firstYear = data.firstYear();
            this.lastYear = data.lastYear();
            this.holidays = Collections.unmodifiableMap(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public int firstYear() {
        return firstYear;
    }

    @Override
    public int lastYear() {
        return lastYear;
    }

    @Override
    public Map<LocalDate, String> holidays() {
        return holidays;
    }
}
