package org.dvpp.curriculum;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.dvpp.curriculum.internal.Plugins;
import org.dvpp.curriculum.spi.HolidayCalendar;
import org.dvpp.domain.NotFoundException;

/**
 * The holiday calendars available, registered explicitly and, in one call, discovered through {@link ServiceLoader}
 * (which finds the built-in {@code england-and-wales}). Immutable once built. Duplicate ids, a wrong SPI version or a
 * calendar whose construction fails are refused, naming the calendar and its class.
 */
public final class HolidayCalendars {
    /** The id of the built-in calendar of England and Wales bank holidays. */
    public static final String ENGLAND_AND_WALES = "england-and-wales";

    private final Map<String, HolidayCalendar> calendars;

    private HolidayCalendars(Map<String, HolidayCalendar> calendars) {
        this.calendars = Collections.unmodifiableMap(calendars);
    }

    /** @return the calendars {@link ServiceLoader} finds, the built-in one among them */
    public static HolidayCalendars discover() {
        return builder().discoverCalendars().build();
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the ids, sorted */
    public List<String> ids() {
        return calendars.keySet().stream().sorted().toList();
    }

    /**
     * @param id a calendar id
     * @return the calendar, if known
     */
    public Optional<HolidayCalendar> find(String id) {
        return Optional.ofNullable(calendars.get(id));
    }

    /**
     * @param id a calendar id
     * @return the calendar
     * @throws NotFoundException when there is none with that id
     */
    public HolidayCalendar get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("holiday calendar", id + " (known: " + ids() + ")"));
    }

    /** Gathers calendars; {@link #build()} checks them. */
    public static final class Builder {
        private final List<Plugins.Candidate<HolidayCalendar>> candidates = new ArrayList<>();

        private Builder() {
        }

        /**
         * @param calendar a calendar to register explicitly
         * @return this builder
         */
        public Builder add(HolidayCalendar calendar) {
            java.util.Objects.requireNonNull(calendar, "calendar");
            candidates.add(new Plugins.Candidate<>(calendar.getClass().getName(), () -> calendar));
            return this;
        }

        /** @return this builder, with every calendar {@link ServiceLoader} finds */
        public Builder discoverCalendars() {
            candidates.addAll(Plugins.discover(HolidayCalendar.class, ServiceLoader.load(HolidayCalendar.class)));
            return this;
        }

        /**
         * @return the calendars
         * @throws CurriculumPluginException when one cannot be used, naming it and its class
         */
        public HolidayCalendars build() {
            Map<String, HolidayCalendar> byId = new LinkedHashMap<>();
            Map<String, String> classes = new LinkedHashMap<>();
            for (Plugins.Candidate<HolidayCalendar> candidate : candidates) {
                HolidayCalendar cal = Plugins.instantiate(candidate, "holiday calendar");
                String id = cal.id();
                String cls = candidate.className();
                if (id == null || !CurriculumValidator.ID.matcher(id).matches()) {
                    throw new CurriculumPluginException("holiday calendar " + cls + " has an invalid id '" + id + "'");
                }
                String other = classes.putIfAbsent(id, cls);
                if (other != null) {
                    throw new CurriculumPluginException("two holiday calendars have the id '" + id + "': " + other
                            + " and " + cls);
                }
                if (cal.spiVersion() != HolidayCalendar.SPI_VERSION) {
                    throw new CurriculumPluginException("holiday calendar '" + id + "' (" + cls + ") was built for SPI version "
                            + cal.spiVersion() + " but this SDK implements version " + HolidayCalendar.SPI_VERSION);
                }
                if (cal.firstYear() > cal.lastYear()) {
                    throw new CurriculumPluginException("holiday calendar '" + id + "' (" + cls
                            + ") has firstYear after lastYear");
                }
                byId.put(id, cal);
            }
            return new HolidayCalendars(byId);
        }
    }
}
