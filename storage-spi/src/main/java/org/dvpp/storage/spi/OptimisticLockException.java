package org.dvpp.storage.spi;

/**
 * Another transaction changed the record since it was read: its stored version is not the one the update expected.
 * Re-read the record, re-apply the change and try again. Nothing was written.
 *
 * @since 0.1
 */
public final class OptimisticLockException extends StorageException {
    private static final long serialVersionUID = 1L;
    private final String kind;
    private final String id;
    private final long expectedVersion;

    /**
     * @param kind the kind of record, for example {@code "Case"}
     * @param id the record's id
     * @param expectedVersion the version the update was based on
     */
    public OptimisticLockException(String kind, Object id, long expectedVersion) {
        super(kind + " " + id + " was changed by someone else (expected version " + expectedVersion
                + "); re-read it and apply the change again");
        this.kind = kind;
        this.id = String.valueOf(id);
        this.expectedVersion = expectedVersion;
    }

    /** @return the kind of record */
    public String kind() {
        return kind;
    }

    /** @return the record's id as text */
    public String id() {
        return id;
    }

    /** @return the version the failed update expected */
    public long expectedVersion() {
        return expectedVersion;
    }
}
