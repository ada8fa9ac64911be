package org.dvpp.storage.spi;

/**
 * The storage layer cannot start: no key provider, a provider plugin that is missing, duplicated, built for another
 * SPI version or whose constructor throws, a database this provider does not support, or a failed migration.
 *
 * @since 0.1
 */
public final class StorageConfigurationException extends StorageException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and how to fix it */
    public StorageConfigurationException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong and how to fix it
     * @param cause the underlying failure
     */
    public StorageConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
