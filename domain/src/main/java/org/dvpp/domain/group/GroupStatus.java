package org.dvpp.domain.group;

/** Where a group stands. */
public enum GroupStatus {
    /** being filled; not yet started */
    PLANNED,
    /** sessions under way */
    RUNNING,
    /** all sessions delivered */
    FINISHED,
    /** called off */
    CANCELLED
}
