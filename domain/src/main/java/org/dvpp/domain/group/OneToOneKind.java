package org.dvpp.domain.group;

/** The purpose of a one-to-one session. */
public enum OneToOneKind {
    /** pre-programme assessment */
    ASSESSMENT,
    /** regular key work alongside the group */
    KEY_WORK,
    /** catching up a missed group session */
    CATCH_UP,
    /** after completion: aftercare or relapse prevention */
    AFTERCARE
}
