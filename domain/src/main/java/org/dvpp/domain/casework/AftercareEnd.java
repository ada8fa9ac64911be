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
    /** another reason */
    OTHER
}
