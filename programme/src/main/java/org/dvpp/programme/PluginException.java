package org.dvpp.programme;

import org.dvpp.domain.DvppException;

/**
 * A plugin could not be used: two plugins share an id, one was built for another SPI version, one failed to start, or
 * a required one is missing. The message names the plugin and its class. The SDK never skips a broken plugin silently.
 */
public class PluginException extends DvppException {
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
