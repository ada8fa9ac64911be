package org.dvpp.programme;

/**
 * A plugin could not be used: two plugins share an id, one was built for another SPI version, one failed to start, or
 * a required one is missing. The message names the plugin and its class. The SDK never skips a broken plugin silently.
 * The programme's own plugin kinds (eligibility rules, event listeners) and its choice of storage report with it; it is
 * a {@link org.dvpp.plugin.PluginException}, the one root of every plugin failure.
 */
public class PluginException extends org.dvpp.plugin.PluginException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, naming the plugin and its class */
    public PluginException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong, naming the plugin and its class
     * @param cause the failure
     */
    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
