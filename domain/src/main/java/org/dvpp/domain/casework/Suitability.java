package org.dvpp.domain.casework;

/** The outcome of a suitability assessment. */
public enum Suitability {
    /** suitable for the group programme */
    SUITABLE,
    /** not suitable (for example, denial so complete that group work would raise risk, or acute mental illness) */
    UNSUITABLE
}
