package org.dvpp.reporting;

/**
 * How a pre/post pair counts as improved or deteriorated.
 *
 * @since 0.3
 */
public enum ChangeRule {
    /**
     * An instrument's total with published reliability figures: reliably improved or deteriorated by the
     * Jacobson-Truax reliable change index (or the instrument's fixed reliable change), in its better direction.
     */
    RELIABLE_CHANGE,
    /**
     * Days of use (TOP): among men using at intake, improved = fewer days at the end (including none), deteriorated =
     * more days; men not using at intake, or with the days not recorded, are not a pair.
     */
    DAYS_OF_USE,
    /** A score with a better direction but no reliability figures (TOP quality of life): any rise or fall. */
    DIRECTION,
    /** A total with no better direction or no reliability figures: only the mean change is reported. */
    NONE
}
