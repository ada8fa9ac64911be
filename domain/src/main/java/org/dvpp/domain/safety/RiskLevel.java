package org.dvpp.domain.safety;

/**
 * The level of risk of serious harm, in the three bands UK practice uses with the DASH risk checklist. Ordered from
 * lowest to highest, so {@code compareTo} tells a rise from a fall.
 */
public enum RiskLevel {
    /** current evidence does not indicate likelihood of causing serious harm */
    STANDARD,
    /** identifiable indicators of risk of serious harm */
    MEDIUM,
    /** imminent risk of serious harm; MARAC referral expected */
    HIGH;

    /**
     * @param other another level
     * @return whether this level is higher than the other
     */
    public boolean isHigherThan(RiskLevel other) {
        return compareTo(other) > 0;
    }
}
