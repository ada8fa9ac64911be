package org.dvpp.assessment;

/**
 * A plugin could not be registered: two instruments share an id, a provider was built for another SPI version, a
 * provider's constructor or {@code instruments()} threw, or its declaration is broken. The message names the plugin and
 * its class (and, for duplicates, both classes or sources). Nothing is skipped silently.
 *
 * @since 0.1
 */
public class InstrumentPluginException extends org.dvpp.plugin.PluginException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, naming the plugin and its class */
    public InstrumentPluginException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, naming the plugin and its class
     * @param cause the underlying failure
     */
    public InstrumentPluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
