package org.dvpp.domain.casework;

/** Why an aftercare place ended. */
public enum AftercareEnd {
    /** he finished the aftercare agreed */
    FINISHED,
    /** he chose to stop */
    LEFT,
    /** he stopped coming */
    DISENGAGED,
    /** staff ended it because of risk */
    RISK,
    /** his case was closed or otherwise ended while the place was open (the place ends with it) */
    CASE_ENDED,
    /** another reason */
    OTHER
}
