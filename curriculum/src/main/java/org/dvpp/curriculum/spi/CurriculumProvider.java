package org.dvpp.curriculum.spi;

import java.util.List;
import org.dvpp.curriculum.Curriculum;
import org.dvpp.curriculum.CurriculumPluginException;
import org.dvpp.plugin.Plugin;
import org.dvpp.plugin.PluginKind;

/**
 * Supplies one or more curricula to a {@link org.dvpp.curriculum.CurriculumCatalogue}. An agency adds its own programme
 * either as JSON files (see {@link org.dvpp.curriculum.CurriculumJson}) or by implementing this interface, registering
 * it explicitly ({@code CurriculumCatalogue.builder().add(provider)}) or through {@code provides
 * org.dvpp.curriculum.spi.CurriculumProvider with ...} (and {@code META-INF/services} on the class path).
 *
 * <p>Every provider has a stable {@link #id()} and declares the {@link #spiVersion()} it was built for. The catalogue
 * validates every curriculum a provider supplies and refuses the whole catalogue, naming the provider and its class,
 * when anything is wrong: never a silent skip.
 */
public interface CurriculumProvider extends Plugin {
    /** The version of this SPI that the present SDK implements. */
    int SPI_VERSION = 1;

    /** This kind of plugin, for {@link org.dvpp.plugin.PluginLoader}. */
    PluginKind<CurriculumProvider> KIND = PluginKind.of("curriculum provider", CurriculumProvider.class, SPI_VERSION,
            (m, c) -> c == null ? new CurriculumPluginException(m) : new CurriculumPluginException(m, c));

    /** @return a stable id for the provider, lower-case letters, digits and hyphens (the prefix {@code dvpp-} is ours) */
    @Override
    String id();

    /** @return the version of this SPI the provider was built for: implement as {@code return SPI_VERSION;} */
    @Override
    int spiVersion();

    /** @return the curricula, each with a unique id */
    List<Curriculum> curricula();
}
