package org.dvpp.assessment.internal.builtin;

import java.util.ArrayList;
import java.util.List;
import org.dvpp.assessment.Instrument;
import org.dvpp.assessment.InstrumentDefinitions;
import org.dvpp.assessment.spi.InstrumentProvider;

/**
 * The built-in instruments: most are JSON definitions shipped under {@code META-INF/dvpp-instruments/} and compiled by
 * the declarative engine; the SafeLives DASH RIC is written in Java ({@link DashRic}) because its Marac criteria read
 * dates and free-text reasons.
 *
 * <p>Each JSON definition is compiled when the instrument is first used, so that starting an application (or a command
 * that needs one instrument) does not parse all of them; their ids are the file names, checked by a test against the
 * compiled definitions, and every definition is compiled and checked by the test suite.
 */
public final class BuiltInInstruments implements InstrumentProvider {
    /** The JSON definitions, in the order they are listed. */
    public static final List<String> DEFINITIONS = List.of("audit", "audit-c", "audit-c-us", "dast-10", "phq-9",
            "gad-7", "urica", "readiness-ruler", "readiness-ruler-1-10", "top", "dv-perpetration-screen");

    private static final class Holder {
        static final List<Instrument> ALL = load();
    }

    /** Public no-argument constructor for {@link java.util.ServiceLoader}. */
    public BuiltInInstruments() {
    }

    /** @return new instances of every built-in, none compiled yet */
    static List<Instrument> load() {
        List<Instrument> all = new ArrayList<>();
        for (String name : DEFINITIONS) {
            all.add(new LazyInstrument(name, () -> InstrumentDefinitions.fromResource(BuiltInInstruments.class,
                    "/META-INF/dvpp-instruments/" + name + ".json")));
        }
        all.add(new DashRic());
        return List.copyOf(all);
    }

    @Override
    public String id() {
        return "dvpp-builtins";
    }

    @Override
    public int spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public List<Instrument> instruments() {
        return Holder.ALL;
    }
}
