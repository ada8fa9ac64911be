package org.dvpp.plugin;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One kind of plugin: its name in messages, its SPI type, the SPI version this SDK implements, and the exception type
 * its failures are reported with (a subclass of {@link PluginException}). Each SPI declares its kind as a constant, such
 * as {@code StorageProvider.KIND}.
 *
 * @param <T> the SPI type
 * @since 0.1
 */
public final class PluginKind<T extends Plugin> {
    /**
     * Makes the exception for a failure of a plugin of this kind.
     *
     * @since 0.1
     */
    @FunctionalInterface
    public interface Failure {
        /**
         * @param message what is wrong, naming the plugin
         * @param cause the underlying failure, if any
         * @return the exception to throw
         */
        PluginException create(String message, @Nullable Throwable cause);
    }

    private final String name;
    private final Class<T> type;
    private final int spiVersion;
    private final Failure failure;

    private PluginKind(String name, Class<T> type, int spiVersion, Failure failure) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.spiVersion = spiVersion;
        this.failure = Objects.requireNonNull(failure, "failure");
    }

    /**
     * @param name the kind's name in messages, such as {@code storage provider}
     * @param type the SPI type
     * @param spiVersion the SPI version this SDK implements (the SPI's {@code SPI_VERSION})
     * @param <T> the SPI type
     * @return the kind, reporting failures as {@link PluginException}
     */
    public static <T extends Plugin> PluginKind<T> of(String name, Class<T> type, int spiVersion) {
        return new PluginKind<>(name, type, spiVersion,
                (m, c) -> c == null ? new PluginException(m) : new PluginException(m, c));
    }

    /**
     * @param name the kind's name in messages, such as {@code instrument provider}
     * @param type the SPI type
     * @param spiVersion the SPI version this SDK implements
     * @param failure makes the SPI's own subclass of {@link PluginException}
     * @param <T> the SPI type
     * @return the kind
     */
    public static <T extends Plugin> PluginKind<T> of(String name, Class<T> type, int spiVersion, Failure failure) {
        return new PluginKind<>(name, type, spiVersion, failure);
    }

    /** @return the name in messages, such as {@code storage provider} */
    public String name() {
        return name;
    }

    /** @return the SPI type */
    public Class<T> type() {
        return type;
    }

    /** @return the SPI version this SDK implements; a plugin reporting another one is refused */
    public int spiVersion() {
        return spiVersion;
    }

    /**
     * @param message what is wrong
     * @param cause the underlying failure, if any
     * @return the exception for it
     */
    public PluginException failure(String message, @Nullable Throwable cause) {
        return failure.create(message, cause);
    }

    @Override
    public String toString() {
        return name + " (" + type.getName() + ", SPI version " + spiVersion + ")";
    }
}
