package org.dvpp.programme;

/**
 * What a member of staff does. Access is decided from roles by the {@link AccessPolicy}. Partner support works behind
 * an information barrier: perpetrator-facing roles never read {@link org.dvpp.domain.DataClass#P0} data.
 */
public enum Role {
    /** runs groups: sees the groups he or she runs, takes their registers, records check-ins (perpetrator-facing) */
    FACILITATOR(true),
    /** an assessor or practitioner: referral, screening, assessment, one-to-ones, onward referrals (perpetrator-facing) */
    PRACTITIONER(true),
    /** holds a man's case from referral to closure (perpetrator-facing) */
    CASE_MANAGER(true),
    /** signs off suitability, reviews reasons, closes and reopens cases */
    SUPERVISOR(false),
    /** supports partners, ex-partners and children; sees their contact details */
    PARTNER_SUPPORT(false),
    /** oversees safeguarding: risk, MARAC, information sharing; sees people at risk */
    SAFEGUARDING_LEAD(false),
    /** manages groups and sees reports */
    MANAGER(false),
    /** sees aggregate reports only */
    ANALYST(false),
    /** administers the agency's settings */
    ADMINISTRATOR(false),
    /** answers data-protection requests: subject access bundles and research exports, nothing else */
    DATA_PROTECTION_OFFICER(false);

    private final boolean perpetratorFacing;

    Role(boolean perpetratorFacing) {
        this.perpetratorFacing = perpetratorFacing;
    }

    /**
     * @return whether people in this role work face to face with the men; such a role may never read P0 data, and
     *     {@link DvppBuilder#build()} refuses a policy that lets it
     */
    public boolean perpetratorFacing() {
        return perpetratorFacing;
    }
}
