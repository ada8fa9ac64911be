package org.dvpp.curriculum.internal;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.time.Year;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.dvpp.curriculum.InvalidCurriculumException;
import org.dvpp.curriculum.spi.HolidayCalendar;
import org.dvpp.domain.Violation;
import tools.jackson.core.JacksonException;

/**
 * Bank holidays in one part of the United Kingdom, computed by rule with Jollyday (its {@code gb} configuration and the
 * region's sub-configuration), then corrected by the shipped override file {@code holidays/overrides.json}, which adds
 * one-off holidays (coronation, jubilee, state funeral days) and removes days that were moved. Covers 1974 (when New
 * Year's Day and Boxing Day became bank holidays across the UK) to 9999. Years are computed on first use and kept.
 */
public abstract class UkBankHolidays implements HolidayCalendar {
    /** First year covered. */
    public static final int FIRST_YEAR = 1974;
    /** Last year covered. */
    public static final int LAST_YEAR = 9999;

    /**
     * The override file's shape.
     *
     * @param overrides the corrections
     */
    public record Overrides(List<Override> overrides) {
    }

    /**
     * One correction: {@code add} a holiday with its name, or {@code remove} a day the rules give but that was moved.
     *
     * @param calendars the calendar ids it applies to
     * @param date the day, ISO (such as {@code 2022-09-19})
     * @param action {@code add} or {@code remove}
     * @param name the holiday's name (for {@code add})
     */
    public record Override(List<String> calendars, String date, String action, String name) {
    }

    private static final List<Override> OVERRIDES = readOverrides();

    private final String id;
    private final String region;
    private final HolidayManager manager;
    private final Map<Integer, Map<LocalDate, String>> years = new ConcurrentHashMap<>();

    UkBankHolidays(String id, String region) {
        this.id = id;
        this.region = region;
        this.manager = HolidayManager.getInstance(
                ManagerParameters.create(de.focus_shift.jollyday.core.HolidayCalendar.UNITED_KINGDOM));
    }

    private static List<Override> readOverrides() {
        try (InputStream in = UkBankHolidays.class.getResourceAsStream("holidays/overrides.json")) {
            if (in == null) {
                throw new IllegalStateException("missing resource holidays/overrides.json");
            }
            return parseOverrides(in, "holidays/overrides.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads an override file in the format of {@code holidays/overrides.json}, strictly (see {@link StrictJson}).
     *
     * @param in the file's content; not closed
     * @param source a name for the file, used in messages
     * @return the corrections, in file order
     * @throws InvalidCurriculumException naming the JSON path and the rule, when the file is not valid JSON of that
     *     shape, a list or an entry is missing or null, a date is not an ISO calendar date, an action is neither
     *     {@code add} nor {@code remove}, or an added holiday has no name
     */
    public static List<Override> parseOverrides(InputStream in, String source) {
        Overrides data;
        try {
            data = StrictJson.MAPPER.readValue(in, Overrides.class);
        } catch (JacksonException e) {
            throw new InvalidCurriculumException(source, List.of(StrictJson.violation(e)));
        }
        if (data == null || data.overrides() == null) {
            throw new InvalidCurriculumException(source, List.of(new Violation(data == null ? "$" : "overrides",
                    "required", "the file must hold an object with a list of overrides")));
        }
        List<Violation> problems = new ArrayList<>();
        for (int i = 0; i < data.overrides().size(); i++) {
            Override o = data.overrides().get(i);
            String at = "overrides[" + i + "]";
            if (o == null) {
                problems.add(new Violation(at, "required", at + " must not be null"));
                continue;
            }
            if (o.calendars() == null || o.calendars().contains(null)) {
                problems.add(new Violation(at + ".calendars", "required",
                        "calendars must be a list of calendar ids, without nulls"));
            }
            if (o.date() == null) {
                problems.add(new Violation(at + ".date", "required", "date must not be null"));
            } else {
                try {
                    LocalDate.parse(o.date());
                } catch (DateTimeParseException e) {
                    problems.add(new Violation(at + ".date", "date", "date must be a calendar date such as 2022-09-19"));
                }
            }
            if (!"add".equals(o.action()) && !"remove".equals(o.action())) {
                problems.add(new Violation(at + ".action", "allowed-values", "action must be add or remove"));
            }
            if ("add".equals(o.action()) && (o.name() == null || o.name().isBlank())) {
                problems.add(new Violation(at + ".name", "required", "an added holiday needs a name"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCurriculumException(source, problems);
        }
        return List.copyOf(data.overrides());
    }

    @java.lang.Override
    public final String id() {
        return id;
    }

    @java.lang.Override
    public final int spiVersion() {
        return SPI_VERSION;
    }

    @java.lang.Override
    public final int firstYear() {
        return FIRST_YEAR;
    }

    @java.lang.Override
    public final int lastYear() {
        return LAST_YEAR;
    }

    @java.lang.Override
    public final Map<LocalDate, String> holidays(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("holiday calendar '" + id + "' covers " + FIRST_YEAR + " to " + LAST_YEAR
                    + ", not " + year);
        }
        return years.computeIfAbsent(year, this::compute);
    }

    private Map<LocalDate, String> compute(int year) {
        Map<LocalDate, String> map = new TreeMap<>();
        for (Holiday h : manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, region)) {
            LocalDate actual = h.getObservedDate().orElse(h.getDate());
            String name = h.getDescription(Locale.UK);
            if (!actual.equals(h.getDate())) {
                name = name + " (substitute day)";
            }
            map.merge(actual, name, (a, b) -> a + "; " + b);
        }
        for (Override o : OVERRIDES) {
            LocalDate d = LocalDate.parse(o.date());
            if (d.getYear() != year || !o.calendars().contains(id)) {
                continue;
            }
            if ("remove".equals(o.action())) {
                map.remove(d);
            } else {
                map.put(d, Objects.requireNonNull(o.name()));
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /** England and Wales. */
    public static final class EnglandAndWales extends UkBankHolidays {
        /** The calendar's id. */
        public static final String ID = "england-and-wales";

        /** Builds the calendar. */
        public EnglandAndWales() {
            super(ID, "eng");
        }
    }

    /** Scotland. */
    public static final class Scotland extends UkBankHolidays {
        /** The calendar's id. */
        public static final String ID = "scotland";

        /** Builds the calendar. */
        public Scotland() {
            super(ID, "sct");
        }
    }

    /** Northern Ireland. */
    public static final class NorthernIreland extends UkBankHolidays {
        /** The calendar's id. */
        public static final String ID = "northern-ireland";

        /** Builds the calendar. */
        public NorthernIreland() {
            super(ID, "nir");
        }
    }
}
