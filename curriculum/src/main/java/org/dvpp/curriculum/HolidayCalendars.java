package org.dvpp.curriculum;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.dvpp.curriculum.spi.HolidayCalendar;
import org.dvpp.domain.NotFoundException;
import org.dvpp.plugin.PluginLoader;

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
        return builder().discover().build();
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

    /** Gathers calendars; {@link #build()} loads and checks them. */
    public static final class Builder {
        private final List<HolidayCalendar> explicit = new ArrayList<>();
        private final List<ModuleLayer> layers = new ArrayList<>();
        private boolean discover;

        private Builder() {
        }

        /**
         * @param calendar a calendar to register explicitly
         * @return this builder
         */
        public Builder add(HolidayCalendar calendar) {
            explicit.add(java.util.Objects.requireNonNull(calendar, "calendar"));
            return this;
        }

        /** @return this builder, with every calendar {@link ServiceLoader} finds on the module and class path */
        public Builder discover() {
            discover = true;
            return this;
        }

        /**
         * The former name of {@link #discover()}: every SPI now discovers with the same verb.
         *
         * @return this builder
         * @deprecated use {@link #discover()}
         */
        @Deprecated(since = "0.1")
        public Builder discoverCalendars() {
            return discover();
        }

        /**
         * @param layer a module layer the host made for plugin jars
         * @return this builder, with every calendar {@link ServiceLoader} finds in it and its parents
         */
        public Builder discover(ModuleLayer layer) {
            layers.add(java.util.Objects.requireNonNull(layer, "layer"));
            return this;
        }

        /**
         * @return the calendars
         * @throws CurriculumPluginException when one cannot be used, naming it and its class
         */
        public HolidayCalendars build() {
            PluginLoader<HolidayCalendar> loader = PluginLoader.of(HolidayCalendar.KIND).addAll(explicit);
            if (discover) {
                loader.discover();
            }
            layers.forEach(loader::discover);
            Map<String, HolidayCalendar> byId = new LinkedHashMap<>();
            for (HolidayCalendar cal : loader.plugins()) {
                if (cal.firstYear() > cal.lastYear()) {
                    throw new CurriculumPluginException("holiday calendar '" + cal.id() + "' (" + cal.getClass().getName()
                            + ") has firstYear after lastYear");
                }
                byId.put(cal.id(), cal);
            }
            return new HolidayCalendars(byId);
        }
    }
}
