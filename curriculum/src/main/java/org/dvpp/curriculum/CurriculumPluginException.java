package org.dvpp.curriculum;

/**
 * A plugin (a curriculum provider or a holiday calendar) could not be used: two share an id, one was built for another
 * SPI version, one failed to load or construct, or one supplied a curriculum that breaks the rules. The message names
 * the plugin's id and class.
 */
public class CurriculumPluginException extends org.dvpp.plugin.PluginException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, naming the plugin and its class */
    public CurriculumPluginException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, naming the plugin and its class
     * @param cause the underlying failure
     */
    public CurriculumPluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
