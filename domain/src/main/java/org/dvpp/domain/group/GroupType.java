package org.dvpp.domain.group;

/** Whether a group starts together or takes new men along the way. */
public enum GroupType {
    /** a closed cohort: everyone starts at session 1 together */
    CLOSED,
    /** a rolling group: men join at module starts, each with his own position in the curriculum */
    ROLLING
}
