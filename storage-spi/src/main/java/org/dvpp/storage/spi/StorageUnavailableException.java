package org.dvpp.storage.spi;

/**
 * The database could not be reached or failed in a way that is not the caller's fault (connection lost, server
 * error). The transaction was rolled back or never committed; retry later.
 *
 * @since 0.1
 */
public class StorageUnavailableException extends StorageException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed
     * @param cause the driver's error
     */
    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
