package org.dvpp.plugin;

import java.util.Objects;
import org.dvpp.domain.Classified;

/**
 * What the loader found: one plugin's kind, id, SPI version, class and origin. Operational data only.
 *
 * @param kind the kind of plugin, such as {@code instrument provider}
 * @param id the plugin's id
 * @param spiVersion the SPI version it was built for
 * @param className its class
 * @param origin where its class came from: {@code module NAME (LOCATION)} or {@code class path (LOCATION)}, the
 *     location being the jar or directory when it is known
 * @param discovered whether {@link java.util.ServiceLoader} found it (false: the host registered it explicitly)
 * @since 0.1
 */
@Classified
public record PluginInfo(String kind, String id, int spiVersion, String className, String origin, boolean discovered) {
    /** Checks that nothing is null. */
    public PluginInfo {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(origin, "origin");
    }
}
