package org.dvpp.programme;

/**
 * What a member of staff does. Access is decided from roles by the {@link AccessPolicy}. Partner support works behind
 * an information barrier: only its workers (and supervisors) see the details of the people at risk.
 */
public enum Role {
    /** runs groups: sees tonight's group, takes registers, records check-ins */
    FACILITATOR,
    /** works with a man's case: referral, screening, assessment, one-to-ones, onward referrals */
    PRACTITIONER,
    /** signs off suitability, reviews reasons, closes and reopens cases */
    SUPERVISOR,
    /** supports partners, ex-partners and children; sees their contact details */
    PARTNER_SUPPORT,
    /** sees reports, manages groups */
    MANAGER,
    /** administers the agency's settings */
    ADMINISTRATOR
}
