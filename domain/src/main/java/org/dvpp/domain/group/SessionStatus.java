package org.dvpp.domain.group;

/** Where a group session stands. */
public enum SessionStatus {
    /** planned, not yet run */
    SCHEDULED,
    /** run; its register should be taken */
    DELIVERED,
    /** called off; the curriculum sequence moves on to the next date */
    CANCELLED
}
