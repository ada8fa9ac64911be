package org.dvpp.domain.safety;

/** Why organisations share under an information-sharing agreement. */
public enum SharingPurpose {
    /** support and safety planning for partners and ex-partners (the integrated support service) */
    PARTNER_SUPPORT,
    /** safeguarding the children of the household */
    CHILD_SAFEGUARDING,
    /** managing the risk he poses, with the statutory partners (police, probation, MARAC) */
    RISK_MANAGEMENT,
    /** anything else the agreement states in its description */
    OTHER
}
