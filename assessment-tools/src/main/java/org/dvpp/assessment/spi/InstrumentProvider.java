package org.dvpp.assessment.spi;

import java.util.List;
import org.dvpp.assessment.Instrument;

/**
 * Publishes instruments to DVPP Kit. A plugin module declares {@code provides org.dvpp.assessment.spi.InstrumentProvider
 * with ...;} (and lists the class in {@code META-INF/services/org.dvpp.assessment.spi.InstrumentProvider} for the class
 * path); {@link org.dvpp.assessment.InstrumentRegistry.Builder#discover()} then finds it with no code change. It can
 * also be registered explicitly with {@link org.dvpp.assessment.InstrumentRegistry.Builder#addProvider}.
 *
 * <p>A provider needs a public no-argument constructor (or a public static {@code provider()} method on the module path)
 * that does no I/O beyond reading its own resources. Its id is stable; ids starting with {@code dvpp-} are reserved for
 * the built-ins. It declares the SPI version it was built for; the registry refuses versions it does not support.
 *
 * @since 0.1
 */
public interface InstrumentProvider {
    /** The SPI version this release of DVPP Kit implements. */
    int SPI_VERSION = 1;

    /** @return the provider's stable id, such as {@code acme-screening} */
    String id();

    /** @return the SPI version the provider was built for; return {@link #SPI_VERSION} */
    int spiVersion();

    /**
     * @return the instruments it publishes, each with a unique id; called once at registration
     */
    List<Instrument> instruments();
}
