package org.dvpp.domain.casework;

/** When an outcome measure is taken. */
public enum TimePoint {
    /** before the programme */
    INTAKE,
    /** half-way through */
    MID_POINT,
    /** at the end */
    END,
    /** some months after the end (for example 6 months) */
    FOLLOW_UP,
    /** an assessment outside the schedule (for example after a risk event) */
    AD_HOC
}
