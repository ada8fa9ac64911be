package org.dvpp.plugin;

import org.dvpp.domain.DvppException;

/**
 * The one root of every plugin failure: a plugin with an invalid or reserved id, two plugins with one id, a plugin built
 * for another SPI version, a plugin whose constructor (or {@code id()}, or {@code spiVersion()}) throws, a broken
 * {@code META-INF/services} entry. The message names the kind of plugin, its id when it has one, its class and where
 * it came from (module or jar). SPIs may throw a subclass of their own.
 *
 * @since 0.1
 */
public class PluginException extends DvppException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, naming the plugin, its class and what to do */
    public PluginException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong, naming the plugin, its class and what to do
     * @param cause the underlying failure
     */
    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
