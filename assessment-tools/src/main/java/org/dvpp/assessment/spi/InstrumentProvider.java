package org.dvpp.assessment.spi;

import java.util.List;
import org.dvpp.assessment.Instrument;
import org.dvpp.assessment.InstrumentPluginException;
import org.dvpp.plugin.Plugin;
import org.dvpp.plugin.PluginKind;

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
public interface InstrumentProvider extends Plugin {
    /** The SPI version this release of DVPP Kit implements. */
    int SPI_VERSION = 1;

    /** This kind of plugin, for {@link org.dvpp.plugin.PluginLoader}. */
    PluginKind<InstrumentProvider> KIND = PluginKind.of("instrument provider", InstrumentProvider.class, SPI_VERSION,
            (m, c) -> c == null ? new InstrumentPluginException(m) : new InstrumentPluginException(m, c));

    /** @return the provider's stable id, such as {@code acme-screening} */
    @Override
    String id();

    /** @return the SPI version the provider was built for: implement as {@code return SPI_VERSION;} */
    @Override
    int spiVersion();

    /**
     * @return the instruments it publishes, each with a unique id; called once at registration
     */
    List<Instrument> instruments();
}
