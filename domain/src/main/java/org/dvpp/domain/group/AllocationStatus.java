package org.dvpp.domain.group;

/** Whether a man holds a place in a group. */
public enum AllocationStatus {
    /** holds a place */
    ACTIVE,
    /** has left the group; his place is free again */
    ENDED
}
