package org.dvpp.programme;

/**
 * One local eligibility criterion, such as residence in the service area or a minimum age. Rules are plugins: the
 * built-ins are in {@link EligibilityRules}; an agency adds its own with {@link DvppBuilder#addEligibilityRule} or
 * through {@link java.util.ServiceLoader} discovery. Every rule must pass for a man to be eligible.
 */
public interface EligibilityRule {
    /** The version of this SPI; a rule built for another version is refused at start-up. */
    int SPI_VERSION = 1;

    /** @return a stable id, such as {@code service-area}; it is recorded as the failed rule's code */
    String id();

    /** @return the SPI version the rule was built for */
    default int spiVersion() {
        return SPI_VERSION;
    }

    /**
     * @param facts what is known about the man and his referral
     * @return the verdict, with a reason in plain words when he fails
     */
    EligibilityVerdict evaluate(EligibilityFacts facts);
}
