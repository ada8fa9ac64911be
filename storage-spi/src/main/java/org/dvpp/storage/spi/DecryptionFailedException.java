package org.dvpp.storage.spi;

/**
 * An encrypted field could not be decrypted: the ciphertext was altered, moved from another row or column, or the key
 * that wrote it is no longer in the keyset. No plaintext is returned. Investigate as a possible tampering incident.
 *
 * @since 0.1
 */
public final class DecryptionFailedException extends StorageException {
    private static final long serialVersionUID = 1L;
    private final String table;
    private final String recordId;
    private final String field;

    /**
     * @param table the table
     * @param recordId the row's id
     * @param field the column
     * @param cause the crypto library's error
     */
    public DecryptionFailedException(String table, String recordId, String field, Throwable cause) {
        super("The encrypted field " + table + "." + field + " of record " + recordId
                + " failed its integrity check (altered, moved from another record or field, or its key is gone)",
                cause);
        this.table = table;
        this.recordId = recordId;
        this.field = field;
    }

    /** @return the table */
    public String table() {
        return table;
    }

    /** @return the record id */
    public String recordId() {
        return recordId;
    }

    /** @return the field (column) */
    public String field() {
        return field;
    }
}
