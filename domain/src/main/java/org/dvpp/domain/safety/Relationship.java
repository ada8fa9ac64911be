package org.dvpp.domain.safety;

/** How a person at risk is related to the man. */
public enum Relationship {
    /** his current partner */
    PARTNER,
    /** a former partner */
    EX_PARTNER,
    /** a partner who started a relationship with him during or after the programme */
    NEW_PARTNER,
    /** a child (his own, a step-child, or a child in the household) */
    CHILD,
    /** another family or household member */
    OTHER_FAMILY_MEMBER;

    /** @return whether partner support offers this person direct contact (adults who are or were partners) */
    public boolean isPartner() {
        return this == PARTNER || this == EX_PARTNER || this == NEW_PARTNER;
    }
}
