package org.dvpp.assessment;

/**
 * Which direction of change is an improvement.
 *
 * @since 0.1
 */
public enum Polarity {
    /** A fall is an improvement (PHQ-9, GAD-7, AUDIT, DAST-10, DASH). */
    LOWER_IS_BETTER,
    /** A rise is an improvement (TOP ratings, URICA action and maintenance). */
    HIGHER_IS_BETTER,
    /** No direction is better (a screen, a profile). */
    NEUTRAL
}
