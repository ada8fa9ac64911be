package org.dvpp.storage.spi;

import org.dvpp.domain.DvppException;

/**
 * The root of the storage layer's failures. Every subclass names what failed, which record, and what to do.
 *
 * @since 0.1
 */
public abstract class StorageException extends DvppException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed, which record, and what to do */
    protected StorageException(String message) {
        super(message);
    }

    /**
     * @param message what failed, which record, and what to do
     * @param cause the underlying failure (for example a {@code SQLException})
     */
    protected StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
