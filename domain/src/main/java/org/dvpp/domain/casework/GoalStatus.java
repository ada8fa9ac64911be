package org.dvpp.domain.casework;

/** Where a support-plan goal stands. */
public enum GoalStatus {
    /** agreed, not yet started */
    OPEN,
    /** work is under way */
    IN_PROGRESS,
    /** achieved */
    MET,
    /** reviewed and not achieved */
    NOT_MET,
    /** no longer pursued */
    DROPPED
}
