package org.dvpp.storage.spi;

/**
 * What was done to sensitive data.
 *
 * @since 0.1
 */
public enum AuditAction {
    /** Read or displayed. */
    READ,
    /** Created. */
    CREATE,
    /** Changed. */
    UPDATE,
    /** Erased or redacted. */
    DELETE,
    /** Exported or shared outside the system. */
    EXPORT,
    /** Refused by the access policy. */
    DENIED,
    /** Asked for a record that does not exist in the caller's agency (or is another agency's). */
    NOT_FOUND
}
