package org.dvpp.domain.casework;

/** The kind of service a man is referred on to. */
public enum OnwardService {
    /** drug and alcohol treatment */
    SUBSTANCE_MISUSE,
    /** mental-health services */
    MENTAL_HEALTH,
    /** housing support */
    HOUSING,
    /** parenting support */
    PARENTING,
    /** employment, training or education */
    EMPLOYMENT,
    /** debt and money advice */
    FINANCE,
    /** anything else */
    OTHER
}
