package org.dvpp.domain.safety;

/** Where a MARAC referral stands. */
public enum MaracStatus {
    /** referred, not yet heard */
    REFERRED,
    /** heard at a meeting, with its outcome and actions */
    HEARD
}
