package org.dvpp.storage.spi;

/**
 * A record with the same key already exists in this agency. Nothing was written.
 *
 * @since 0.1
 */
public final class DuplicateRecordException extends StorageException {
    private static final long serialVersionUID = 1L;

    /**
     * @param kind the kind of record
     * @param key the clashing key
     * @param cause the driver's error
     */
    public DuplicateRecordException(String kind, Object key, Throwable cause) {
        super("A " + kind + " with key " + key + " already exists in this agency", cause);
    }
}
