package org.dvpp.domain.participant;

/** Where a referral came from. Reports break figures down by source. */
public enum ReferralSource {
    /** the Probation Service */
    PROBATION,
    /** children's social care */
    CHILDRENS_SOCIAL_CARE,
    /** a family or criminal court */
    COURT,
    /** the police */
    POLICE,
    /** a drug and alcohol (substance-misuse) service */
    SUBSTANCE_MISUSE_SERVICE,
    /** a GP or other health professional */
    HEALTH,
    /** another professional */
    OTHER_PROFESSIONAL,
    /** the man himself */
    SELF
}
