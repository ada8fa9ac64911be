package org.dvpp.domain.casework;

/** How aftercare is given after a man has completed. */
public enum AftercareMode {
    /** a place in an aftercare (relapse-prevention) group, on a curriculum whose purpose is aftercare */
    GROUP,
    /** aftercare one-to-ones with a worker */
    ONE_TO_ONE
}
